// document add | replace: the secretary's documents from the shell, during or before the
// meeting. Same rules as the console's AddDocument (service/DocumentEdit): the PDF is checked,
// stored by content, versioned, and the change is one event of the meeting's chain. The hub
// is a separate process: seats learn of it at the next heartbeat (a higher seq) and resync.
#include "ctl/Ctl.h"

#include "service/DocumentEdit.h"
#include "store/BlobStore.h"
#include "store/EventLog.h"
#include "store/Meetings.h"
#include "store/PdfCheck.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>

namespace ecabinet::ctl {

namespace {

std::optional<domain::AccessList> accessFrom(const Args &a) {
    const auto access = a.option("access");
    const auto readers = a.option("readers");
    if (!access) {
        if (readers) throw CtlError("--readers needs --access named or --access confidential");
        return std::nullopt;
    }
    const auto parsed = domain::parseAccess(*access);
    if (!parsed) throw CtlError("--access must be meeting, named or confidential, not '" + *access + "'");
    domain::AccessList list{*parsed, {}};
    if (readers) list.readers = domain::splitList(*readers);
    return list;
}

std::string storePdf(hub::Store &store, const std::string &file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw CtlError("cannot read " + file);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto facts = hub::inspectPdf(bytes); !facts) throw CtlError(file + ": " + facts.error());
    auto put = store.blobs().put(bytes);
    if (!put) throw CtlError("cannot store " + file + ": " + put.error());
    return *put;
}

} // namespace

// document add MEETING --item ITEM --title TITLE --file PDF [--access A --readers p1,p2]
// document replace MEETING DOC [--file PDF] [--title T] [--access A --readers p1,p2]
int cmdDocument(const Args &a) {
    const std::string sub = a.words.size() > 1 ? a.words[1] : "";
    const bool add = sub == "add" && a.words.size() == 3;
    const bool replace = sub == "replace" && a.words.size() == 4;
    if (!add && !replace)
        throw CtlError("usage: document add MEETING --item ITEM --title TITLE --file PDF [--access A --readers IDS] | "
                       "document replace MEETING DOC [--file PDF] [--title T] [--access A --readers IDS]");
    const std::string meetingId = a.words[2];
    auto store = openStore(a);
    if (!hub::MeetingTable(*store).meeting(meetingId)) throw CtlError("no meeting '" + meetingId + "'");
    hub::DocumentEdit edit;
    edit.access = accessFrom(a);
    edit.title = a.option("title").value_or("");
    edit.itemId = a.option("item").value_or("");
    if (add) {
        edit.itemId = a.required("item");
        edit.title = a.required("title");
        edit.sha256 = storePdf(*store, a.required("file"));
    } else {
        edit.documentId = a.words[3];
        if (const auto file = a.option("file")) edit.sha256 = storePdf(*store, *file);
    }
    const auto now = nowMs();
    hub::Store::Transaction tx(*store);
    auto result = hub::editDocument(*store, meetingId, edit, adminActor(), now);
    if (result.refused()) throw CtlError(result.message);
    if (!result.stored) {
        std::cout << "document " << result.documentId << " unchanged\n";
        return kExitOk;
    }
    const auto &doc = result.stored->document_changed().document();
    hub::EventLog(*store).appendAdmin(now, "document_" + result.stored->document_changed().reason(), adminActor(),
                                      nlohmann::json{{"meeting_id", meetingId}, {"document_id", doc.id()},
                                                     {"version", doc.version()}, {"sha256", doc.sha256()}}.dump());
    tx.commit();
    std::cout << "document " << doc.id() << " " << result.stored->document_changed().reason() << ": version "
              << doc.version() << ", " << doc.page_count() << " pages";
    if (doc.version() > 1) {
        std::cout << ", changed pages:";
        if (doc.changed_pages().empty()) std::cout << " none by text";
        for (auto p : doc.changed_pages()) std::cout << ' ' << p;
    }
    std::cout << '\n';
    return kExitOk;
}

} // namespace ecabinet::ctl
