// Internal to hub/registry: the context every handler gets and the handlers themselves
// (one file per area: Directives, Tasks, Statistics, Exports, Attachments).
#pragma once

#include "registry/RegistryDb.h"
#include "registry/RegistryService.h"

#include "domain/Deadline.h"
#include "domain/Task.h"
#include "domain/TaskTiming.h"

#include <exception>
#include <string>

namespace ecabinet::hub::registry {

struct RegistryService::Caller {
    std::string client;     // ZAP User-Id
    std::string accountId;
    std::string displayName;
    std::string unitId;
    std::string unitName;
    bool dispatch = false;
};
using Caller = RegistryService::Caller;

// A refused request: becomes the Error reply and rolls the transaction back.
struct Refusal : std::exception {
    Refusal(wire::ErrorCode c, std::string m, std::string r = {}) : code(c), message(std::move(m)), refusal(std::move(r)) {}
    const char *what() const noexcept override { return message.c_str(); }
    wire::ErrorCode code;
    std::string message;
    std::string refusal; // Error.refusal
};

struct Ctx {
    RegistryDb &db;
    const RegistryConfig &config;
    std::int64_t now;
    const Caller &caller;
    RegistryService &service;
};

inline QVariant i64(std::int64_t v) { return QVariant::fromValue<qlonglong>(v); }
inline QString q(const std::string &s) { return QString::fromStdString(s); }
inline std::string s(const QVariant &v) { return v.toString().toStdString(); }

void requireDispatch(const Ctx &c, const char *what);
// "YYYY-MM-DD" or "" → the date text (validated) or "" ; ERROR_LIMIT_EXCEEDED when malformed.
std::string checkedDate(const std::string &text, const char *field);

// Directives (DirectiveHandlers.cpp)
void listConclusions(Ctx &c, const wire::ListConclusions &r, wire::RegistryEnvelope &out);
void listDirectives(Ctx &c, const wire::ListDirectives &r, wire::RegistryEnvelope &out);
void getDirective(Ctx &c, const wire::GetDirective &r, wire::RegistryEnvelope &out);
void publishDirective(Ctx &c, const wire::PublishDirective &r, wire::RegistryEnvelope &out);
void assignTask(Ctx &c, const wire::AssignTask &r, wire::RegistryEnvelope &out);
void getDirectivePdf(Ctx &c, const wire::GetDirectivePdf &r, wire::RegistryEnvelope &out);

// Tasks (TaskHandlers.cpp)
void listTasks(Ctx &c, const wire::ListTasks &r, wire::RegistryEnvelope &out);
void getTask(Ctx &c, const wire::GetTask &r, wire::RegistryEnvelope &out);
void taskStep(Ctx &c, const wire::TaskStep &r, wire::RegistryEnvelope &out);
// Creates one task of a directive in the open transaction; returns its id.
std::string insertTask(Ctx &c, const std::string &directiveId, const std::string &directiveNumber,
                       const std::vector<std::string> &recipients, const wire::TaskDraft &draft, int position);
// The caller's view of the tasks selected by `where` (SQL on tasks t; binds for it).
std::vector<wire::TaskView> loadTaskViews(Ctx &c, const QString &where, const QVariantList &binds,
                                          const QString &tail = {});

// Attachments (AttachmentHandlers.cpp)
void putAttachment(Ctx &c, const wire::PutAttachment &r, wire::RegistryEnvelope &out);
void getAttachment(Ctx &c, const wire::GetAttachment &r, wire::RegistryEnvelope &out);
std::filesystem::path filePath(const RegistryConfig &config, const std::string &sha256);
// Stores bytes content-addressed (PDFs); returns the hash.
std::string storeFile(Ctx &c, const std::string &bytes);
void readChunk(const RegistryConfig &config, const std::string &sha256, std::uint64_t offset, std::uint32_t length,
               wire::AttachmentData &out);

// Statistics, reminders, exports (StatisticsQuery.cpp, Exports.cpp)
wire::Statistics computeStatistics(Ctx &c, const wire::StatisticsFilter &filter);
void getStatistics(Ctx &c, const wire::GetStatistics &r, wire::RegistryEnvelope &out);
void listReminders(Ctx &c, const wire::ListReminders &r, wire::RegistryEnvelope &out);
void exportFile(Ctx &c, const wire::ExportRequest &r, wire::RegistryEnvelope &out);

// Wire <-> domain names.
wire::TaskStateWire wireState(domain::TaskState s);
wire::TaskActionWire wireAction(domain::TaskAction a);
wire::TaskRoleWire wireRole(domain::TaskRole r);
wire::TrafficLightWire wireLight(domain::TrafficLight l);
std::string refusalName(domain::TaskRefusal::Reason r);

} // namespace ecabinet::hub::registry
