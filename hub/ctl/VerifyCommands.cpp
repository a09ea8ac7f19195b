// verify: recompute every hash chain and every document blob. status: what the hub holds.
#include "ctl/Ctl.h"

#include "domain/Attendance.h"
#include "store/BlobStore.h"
#include "store/Devices.h"
#include "store/EventLog.h"
#include "store/Meetings.h"

#include <iostream>

namespace ecabinet::ctl {

int cmdVerify(const Args &a) {
    auto store = openStore(a);
    // One read snapshot for the whole check: the hub may be appending while we read, and the
    // events and chain_heads read in two snapshots look like "rows removed from the end".
    // (Found by the kill -9 burst test: clients re-deliver queued ballots right after a restart.)
    store->exec(QStringLiteral("BEGIN DEFERRED"));
    struct EndRead {
        hub::Store &s;
        ~EndRead() { s.rollback(); } // read-only: nothing to keep
    } endRead{*store};
    const auto report = hub::EventLog(*store).verify();
    if (report.problem) {
        std::cout << "FAILED " << report.problem->describe() << '\n';
        return kExitVerifyFailed;
    }
    std::cout << "OK " << report.events << " events in " << report.chains << " chains\n";

    // Documents are named by their hash, so a changed byte is as visible as an edited row.
    std::size_t blobs = 0;
    // Every version ever served (schema 5), not only the current ones.
    auto q = store->exec(QStringLiteral("SELECT DISTINCT meeting_id, document_id || ' v' || version, sha256 "
                                        "FROM document_versions ORDER BY meeting_id, document_id, version"));
    while (q.next()) {
        const std::string sha = hub::ss(q.value(2));
        if (!store->blobs().intact(sha)) {
            std::cout << "FAILED meeting " << hub::ss(q.value(0)) << " document " << hub::ss(q.value(1)) << ": blob "
                      << sha << (store->blobs().contains(sha) ? " was altered" : " is missing") << '\n';
            return kExitVerifyFailed;
        }
        ++blobs;
    }
    std::cout << "OK " << blobs << " document versions intact\n";
    return kExitOk;
}

int cmdStatus(const Args &a) {
    auto store = openStore(a);
    hub::MeetingTable meetings(*store);
    const auto current = meetings.currentId();
    std::cout << "meetings:\n";
    const auto all = meetings.all();
    if (all.empty()) std::cout << "  (none)\n";
    for (const auto &m : all) {
        std::vector<domain::AttendanceMember> members;
        for (const auto &r : meetings.members(m.id)) members.push_back({r.id, r.role, r.entitled});
        std::vector<std::string> seats;
        for (const auto &s : meetings.seats(m.id)) seats.push_back(s.id);
        domain::Attendance att(std::move(members), std::move(seats));
        for (const auto &p : meetings.presence(m.id))
            if (auto placed = att.restore(p.personId, p.seatId); !placed)
                std::cout << "  warning: meeting " << m.id << ": " << placed.error().text << '\n';
        const auto c = att.counts();
        std::cout << "  " << (m.id == current ? "* " : "  ") << m.id << "  " << domain::stateName(m.state)
                  << "  item " << m.currentItem << "  present " << c.present << " (entitled " << c.entitledPresent
                  << "/" << c.entitled << ")  wrong PINs " << meetings.totalWrongPins(m.id) << "  \"" << m.title
                  << "\"\n";
        printPolls(*store, m.id);
    }
    std::cout << "devices:\n";
    const auto devices = hub::DeviceTable(*store).all();
    if (devices.empty()) std::cout << "  (none)\n";
    for (const auto &d : devices) std::cout << "  " << d.name << "  " << d.kind << "  " << d.status << '\n';
    std::cout << "chain heads:\n";
    for (const auto &h : hub::EventLog(*store).heads())
        std::cout << "  " << (h.meetingId.empty() ? std::string("(hub)") : h.meetingId) << "  seq " << h.seq << "  "
                  << h.hashHex.substr(0, 16) << "…\n";
    return kExitOk;
}

} // namespace ecabinet::ctl
