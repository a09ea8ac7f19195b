// What the demo needs to know of the meeting file ecabinet-mkdemo wrote:
// who sits where and with which PIN (the PINs are the demo operator's, from
// the file; a real meeting's PINs are handed to the members on paper).
#pragma once

#include <QList>
#include <QString>

struct DemoPerson {
    QString id, name, role, pin;
};

struct DemoSeat {
    QString id, label, device;
};

struct DemoMeetingFile {
    QString title;
    QList<DemoPerson> members;
    QList<DemoSeat> seats;
    int itemCount = 0;

    // Throws std::runtime_error with the reason when the file is unreadable.
    static DemoMeetingFile read(const QString &path);
    const DemoPerson *firstWithRole(const QString &role) const;
    // Members who take a seat (everyone but the chair and the secretary, who use consoles).
    QList<DemoPerson> seatedMembers() const;
};
