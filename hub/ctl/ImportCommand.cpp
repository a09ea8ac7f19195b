// meeting import FILE: validate everything first (spec, every PDF), report every problem,
// then store blobs and write the meeting in one transaction. All or nothing.
#include "ctl/Ctl.h"

#include "domain/MeetingSpec.h"
#include "store/BlobStore.h"
#include "store/EventLog.h"
#include "store/Devices.h"
#include "store/Meetings.h"
#include "store/PdfCheck.h"
#include "store/PinHash.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>

namespace ecabinet::ctl {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> readFile(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

struct PreparedDocument {
    std::string bytes;
    hub::DocumentRow row;
};

} // namespace

int cmdMeetingImport(const Args &a) {
    const fs::path file = a.words.at(2);
    const auto text = readFile(file);
    if (!text) throw CtlError("cannot read " + file.string());
    auto spec = domain::parseMeetingSpec(*text);
    if (!spec) {
        std::cerr << file.string() << ": " << spec.error().size() << " problem(s):\n";
        for (const auto &p : spec.error()) std::cerr << "  " << p.text() << '\n';
        throw CtlError("meeting not imported");
    }
    auto store = openStore(a);
    hub::MeetingTable meetings(*store);
    if (meetings.meeting(spec->id))
        throw CtlError("meeting '" + spec->id + "' already exists; a meeting is imported once (give the new one another id)");

    // Every document is checked before anything is written, and every failure is listed.
    std::map<std::string, PreparedDocument> docs;
    std::vector<std::string> problems;
    const fs::path base = file.parent_path();
    for (std::size_t i = 0; i < spec->agenda.size(); ++i) {
        for (std::size_t j = 0; j < spec->agenda[i].documents.size(); ++j) {
            const auto &d = spec->agenda[i].documents[j];
            const fs::path pdf = base / d.file;
            const std::string where = "agenda[" + std::to_string(i) + "].documents[" + std::to_string(j) + "].file (" +
                                      pdf.string() + "): ";
            auto bytes = readFile(pdf);
            if (!bytes) {
                problems.push_back(where + "cannot read the file");
                continue;
            }
            auto facts = hub::inspectPdf(*bytes);
            if (!facts) {
                problems.push_back(where + facts.error());
                continue;
            }
            hub::DocumentRow row;
            row.id = d.id;
            row.title = d.title;
            row.sha256 = hub::BlobStore::sha256Hex(*bytes);
            row.size = bytes->size();
            row.pageCount = facts->pageCount;
            row.pageHashes = facts->pageTextHashes;
            docs[d.id] = {std::move(*bytes), std::move(row)};
        }
    }
    if (!problems.empty()) {
        std::cerr << file.string() << ": " << problems.size() << " document problem(s):\n";
        for (const auto &p : problems) std::cerr << "  " << p << '\n';
        throw CtlError("meeting not imported");
    }

    hub::ImportedFiles files;
    for (const auto &m : spec->members) {
        auto h = hub::hashPin(m.pin);
        if (!h) throw CtlError("cannot hash the PIN of " + m.id + ": " + h.error());
        files.pinHashes[m.id] = *h;
    }
    // Blobs first: content-addressed, so one left over from a failed import is harmless
    // and is simply reused by the next attempt.
    for (auto &[id, d] : docs) {
        auto put = store->blobs().put(d.bytes, d.row.sha256);
        if (!put) throw CtlError("cannot store document " + id + ": " + put.error());
        files.documents[id] = d.row;
    }

    const auto now = nowMs();
    hub::Store::Transaction tx(*store);
    meetings.insert(*spec, files, now);
    wire::Event imported;
    imported.mutable_meeting_imported()->set_title(spec->title);
    hub::EventLog log(*store);
    log.append(spec->id, now, "", std::move(imported));
    log.appendAdmin(now, "meeting_imported", adminActor(),
                    nlohmann::json{{"meeting_id", spec->id}, {"title", spec->title},
                                   {"file_sha256", hub::BlobStore::sha256Hex(*text)}}.dump());
    tx.commit();

    std::cout << "meeting " << spec->id << " imported: " << spec->members.size() << " members, " << spec->seats.size()
              << " seats, " << spec->agenda.size() << " agenda items, " << docs.size() << " documents\n";
    // Devices may be enrolled after the import; say which, briefly (a room has 500 seats).
    hub::DeviceTable devices(*store);
    std::vector<std::string> missing;
    for (const auto &seat : spec->seats)
        if (!devices.byName(seat.device)) missing.push_back(seat.device);
    if (!missing.empty()) {
        std::cout << "note: " << missing.size() << " seat device(s) not enrolled yet:";
        for (std::size_t i = 0; i < missing.size() && i < 5; ++i) std::cout << ' ' << missing[i];
        std::cout << (missing.size() > 5 ? " ...\n" : "\n");
    }
    return kExitOk;
}

} // namespace ecabinet::ctl
