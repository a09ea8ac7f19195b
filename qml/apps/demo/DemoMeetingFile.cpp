#include "DemoMeetingFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

DemoMeetingFile DemoMeetingFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString() + ": " + f.errorString().toStdString());
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull())
        throw std::runtime_error(path.toStdString() + ": " + err.errorString().toStdString());
    const auto root = doc.object();
    DemoMeetingFile m;
    m.title = root.value(u"title").toString();
    for (const auto &v : root.value(u"members").toArray()) {
        const auto o = v.toObject();
        m.members.append({o.value(u"id").toString(), o.value(u"name").toString(), o.value(u"role").toString(),
                          o.value(u"pin").toString()});
    }
    for (const auto &v : root.value(u"seats").toArray()) {
        const auto o = v.toObject();
        m.seats.append({o.value(u"id").toString(), o.value(u"label").toString(), o.value(u"device").toString()});
    }
    m.itemCount = root.value(u"agenda").toArray().size();
    if (m.members.isEmpty() || m.seats.isEmpty() || m.itemCount == 0)
        throw std::runtime_error(path.toStdString() + ": the demo needs members, seats and agenda items");
    return m;
}

const DemoPerson *DemoMeetingFile::firstWithRole(const QString &role) const
{
    for (const auto &p : members)
        if (p.role == role)
            return &p;
    return nullptr;
}

QList<DemoPerson> DemoMeetingFile::seatedMembers() const
{
    QList<DemoPerson> out;
    for (const auto &p : members)
        if (p.role != u"chair" && p.role != u"secretary")
            out.append(p);
    return out;
}
