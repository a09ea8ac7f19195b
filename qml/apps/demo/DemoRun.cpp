#include "DemoRun.h"

#include "AppLoader.h"
#include "HubLauncher.h"
#include "MeetingSession.h"
#include "MeetingConclusionModel.h"
#include "FloorModels.h"
#include "Models.h"
#include "registry/RegistrySession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

#include <algorithm>
#include <iostream>
#include <stdexcept>

namespace {

std::ostream &out() { return std::cout; }
std::string s(const QString &q) { return q.toStdString(); }

// Steps of the demo that are printed as they happen.
void step(const QString &text) { out() << "-- " << s(text) << std::endl; }

// Items by objectName in the visual tree: ListView delegates are visual
// children of the view's content item, not QObject children, so
// QObject::findChildren does not see them.
void findItems(QQuickItem *item, const QString &name, QList<QQuickItem *> &found)
{
    if (item->objectName() == name)
        found.append(item);
    for (QQuickItem *child : item->childItems())
        findItems(child, name, found);
}

// The first page image of the reader, once Poppler has rendered it.
bool pdfPageShown(QQuickWindow *window)
{
    QList<QQuickItem *> images;
    findItems(window->contentItem(), QStringLiteral("page_0"), images);
    return std::any_of(images.begin(), images.end(), [](QQuickItem *item) {
        return item->property("status").toInt() == 1 /* Image.Ready */ && item->isVisible();
    });
}

} // namespace

DemoRun::DemoRun(ecabinet::launch::HubLauncher &hub, ecabinet::AppLoader &loader, DemoMeetingFile meeting,
                 QString outDir, int tablets)
    : hub_(hub), loader_(loader), meeting_(std::move(meeting)), outDir_(std::move(outDir)), tablets_(tablets)
{
}

DemoRun::~DemoRun()
{
    // The windows bind to the sessions: they go first.
    loader_.closeWindows();
    for (auto &seat : seats_)
        seat.session->stop();
    if (chair_)
        chair_->stop();
    if (secretary_)
        secretary_->stop();
}

void DemoRun::prepare()
{
    const auto seated = meeting_.seatedMembers();
    const int n = std::min<int>({tablets_, int(meeting_.seats.size()), int(seated.size())});
    if (n < tablets_)
        out() << "(the meeting has " << n << " seats with members; simulating " << n << " tablets)\n";
    const auto makeSession = [this](const std::string &device, const std::string &kind) {
        const auto enrolled = hub_.enrolDevice(device, kind);
        auto session = std::make_unique<MeetingSession>();
        session->setEnrolmentFile(QString::fromStdString(enrolled.deviceJson.string()));
        session->setCacheDir(outDir_ + QStringLiteral("/cache/") + QString::fromStdString(device));
        return session;
    };
    step(QStringLiteral("Enrolling the console and %1 seat tablets (ecabinet-enroll + ecabinetctl device add/approve)")
             .arg(n));
    chair_ = makeSession("console-chair", "console");
    if (meeting_.firstWithRole(QStringLiteral("secretary")))
        secretary_ = makeSession("console-secretary", "console");
    for (int i = 0; i < n; ++i) {
        DemoSeatSession seat{meeting_.seats[i], seated[i], nullptr};
        seat.session = makeSession(s(seat.seat.device), "seat");
        seats_.push_back(std::move(seat));
    }
}

bool DemoRun::waitFor(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            std::cerr << "!! timed out after " << timeoutMs << " ms waiting for: " << s(what) << "\n";
            ++failures_;
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2); // yield between event batches; the deadline bounds the wait
    }
    return true;
}

bool DemoRun::allSeats(const std::function<bool(const MeetingSession &)> &pred) const
{
    return std::all_of(seats_.begin(), seats_.end(), [&](const DemoSeatSession &s) { return pred(*s.session); });
}

bool DemoRun::screenshot(QQuickWindow *window, const QString &name)
{
    const QString path = outDir_ + QStringLiteral("/screenshots/") + name;
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        std::cerr << "!! could not write screenshot " << s(path) << "\n";
        ++failures_;
        return false;
    }
    out() << "   screenshot: " << s(path) << " (" << image.width() << "x" << image.height() << ")\n";
    return true;
}

void DemoRun::checkInSeats()
{
    for (auto &seat : seats_)
        seat.session->checkIn(seat.person.id, seat.person.pin);
    waitFor([this] { return allSeats([](const MeetingSession &m) { return m.checkedIn(); }); }, 30000,
            QStringLiteral("every seat checked in"));
}

// A named vote on the current item: the chair prepares and opens it, every seat and the
// chair vote (most in favour, some against, some abstaining), each waits for its receipt
// (the hub's Ack after commit), the chair closes and announces, every seat shows the result.
QString DemoRun::voteOnCurrentItem(QQuickWindow *seatWindow, QQuickWindow *console)
{
    step(QStringLiteral("The chair puts the item to a named vote; every seat votes"));
    QString pollId;
    const auto prepared = QObject::connect(chair_.get(), &MeetingSession::pollPrepared, chair_.get(),
                                           [&pollId](const QString &id) { pollId = id; });
    chair_->preparePoll({{QStringLiteral("question"), QStringLiteral("Thông qua Kế hoạch đầu tư công năm 2027")},
                         {QStringLiteral("mode"), QStringLiteral("named")},
                         {QStringLiteral("majority"), QStringLiteral("absolute")},
                         {QStringLiteral("base"), QStringLiteral("entitled")},
                         {QStringLiteral("quorum"), QStringLiteral("half")}});
    const bool gotId = waitFor([&pollId] { return !pollId.isEmpty(); }, 10000, QStringLiteral("the poll prepared"));
    QObject::disconnect(prepared);
    if (!gotId)
        return {};
    chair_->openPoll(pollId);
    const auto status = [&pollId](const MeetingSession &m) {
        return m.poll(pollId).value(QStringLiteral("status")).toInt();
    };
    if (!waitFor([&] { return allSeats([&](const MeetingSession &m) { return status(m) == PollModel::StatusOpen; }); },
                 10000, QStringLiteral("the vote open on every seat")))
        return {};
    int receipts = 0;
    int voters = 0;
    QList<QMetaObject::Connection> connections;
    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = 0; i < seats_.size(); ++i) {
        auto *session = seats_[i].session.get();
        if (!session->poll(pollId).value(QStringLiteral("canVote")).toBool()) {
            out() << "   " << s(seats_[i].person.name) << " (" << s(seats_[i].seat.label)
                  << ") is not entitled to vote: that seat shows the vote but no buttons\n";
            continue;
        }
        ++voters;
        connections.append(QObject::connect(session, &MeetingSession::ballotRecorded, session,
                                            [&receipts](const QString &) { ++receipts; }));
        // Seats 1..14 in favour, the next 3 against, the rest abstain.
        const int choice = i < 14 ? 0 : (i < 17 ? 1 : 2);
        session->castBallot(pollId, {choice});
    }
    chair_->castBallot(pollId, {0});
    waitFor([&] { return receipts == voters; }, 20000, QStringLiteral("a receipt on every voting seat"));
    for (const auto &c : connections)
        QObject::disconnect(c);
    out() << "   " << receipts << " of " << voters << " voting seats got their receipt (\"your vote was recorded\") within " << clock.elapsed()
          << " ms of voting\n";
    screenshot(seatWindow, QStringLiteral("tablet-vote.png"));
    waitFor([&] { return chair_->poll(pollId).value(QStringLiteral("ballotsIn")).toInt() == voters + 1; },
            10000, QStringLiteral("every ballot counted on the console"));
    chair_->closePoll(pollId);
    waitFor([&] { return status(*chair_) >= PollModel::StatusClosed; }, 10000, QStringLiteral("the vote closed"));
    chair_->publishPoll(pollId);
    if (!waitFor([&] { return allSeats([&](const MeetingSession &m) { return status(m) == PollModel::StatusPublished; }); },
                 10000, QStringLiteral("the result announced on every seat")))
        return {};
    const auto result = seats_.front().session->poll(pollId);
    QStringList bars;
    for (const auto &bar : result.value(QStringLiteral("tally")).toList()) {
        const auto b = bar.toMap();
        bars << QStringLiteral("%1 %2").arg(b.value(QStringLiteral("label")).toString()).arg(b.value(QStringLiteral("count")).toInt());
    }
    out() << "   result on every seat: " << s(bars.join(QStringLiteral(", "))) << " — "
          << s(result.value(QStringLiteral("verdictText")).toString()) << "\n";
    screenshot(seatWindow, QStringLiteral("tablet-result.png"));
    // What the chair's tap on the "Biểu quyết" tab shows: the result with its bars.
    QList<QQuickItem *> tabs;
    findItems(console->contentItem(), QStringLiteral("consoleTabs"), tabs);
    if (!tabs.isEmpty())
        tabs.front()->setProperty("currentIndex", 1);
    screenshot(console, QStringLiteral("console-vote.png"));
    if (!tabs.isEmpty())
        tabs.front()->setProperty("currentIndex", 0);
    return pollId;
}

// The secretary writes the item's conclusion at her console; the chair's console reads the
// draft (privately: no seat receives its text), the chair approves it by the vote just
// announced, and every seat announces it.
void DemoRun::concludeCurrentItem(QQuickWindow *seatWindow, QQuickWindow *console, const QString &pollId)
{
    if (!secretary_ || pollId.isEmpty())
        return;
    step(QStringLiteral("The secretary drafts the item's conclusion; the chair approves it by the vote"));
    const QString text = QStringLiteral("Hội nghị thống nhất thông qua Kế hoạch đầu tư công năm 2027; giao Sở Kế hoạch "
                                        "và Đầu tư chủ trì, phối hợp Sở Tài chính hoàn thiện hồ sơ, trình Hội đồng nhân "
                                        "dân tỉnh tại kỳ họp cuối năm.");
    secretary_->draftConclusion(text);
    if (!waitFor([&] { return chair_->currentConclusions()->rowCount() == 1 &&
                              chair_->currentConclusions()->get(0).value(QStringLiteral("text")).toString() == text; },
                 10000, QStringLiteral("the draft on the chair's console")))
        return;
    const bool seatsBlind = allSeats([](const MeetingSession &m) { return m.conclusions()->rowCount() == 0; });
    out() << "   draft on the chair's console; seats holding a draft: " << (seatsBlind ? "none" : "SOME (!!)") << "\n";
    if (!seatsBlind)
        ++failures_;
    const auto draft = chair_->currentConclusions()->get(0);
    chair_->approveConclusion(draft.value(QStringLiteral("conclusionId")).toString(),
                              draft.value(QStringLiteral("revision")).toInt(), pollId);
    if (!waitFor([&] { return allSeats([&](const MeetingSession &m) {
                     return m.announcedConclusion().value(QStringLiteral("text")).toString() == text; }); },
                 10000, QStringLiteral("the approved conclusion announced on every seat")))
        return;
    out() << "   approved by the vote and announced on all " << seats_.size() << " seats\n";
    screenshot(seatWindow, QStringLiteral("tablet-conclusion.png"));
    QList<QQuickItem *> tabs;
    findItems(console->contentItem(), QStringLiteral("consoleTabs"), tabs);
    if (!tabs.isEmpty())
        tabs.front()->setProperty("currentIndex", 3);
    screenshot(console, QStringLiteral("console-conclusions.png"));
    if (!tabs.isEmpty())
        tabs.front()->setProperty("currentIndex", 0);
}

// The minutes after closing, twice: from the hub (ecabinetctl) and from the chair's console.
void DemoRun::writeMinutes()
{
    step(QStringLiteral("The minutes as PDF: ecabinetctl on the hub, and the console's button"));
    const QString hubPdf = outDir_ + QStringLiteral("/minutes.pdf");
    const auto r = hub_.ctl({"minutes", "--pdf", s(hubPdf), "--agency", "ỦY BAN NHÂN DÂN|TỈNH SƠN HÀ", "--place", "Sơn Hà"});
    out() << "   ecabinetctl minutes: " << (r.ok() ? "" : "FAILED ") << r.out << r.err;
    if (!r.ok())
        ++failures_;
    bool saved = false;
    const auto c = QObject::connect(chair_.get(), &MeetingSession::minutesSaved, chair_.get(),
                                    [&saved](const QString &) { saved = true; });
    chair_->saveMinutes(outDir_ + QStringLiteral("/minutes-console.pdf"));
    if (waitFor([&saved] { return saved; }, 20000, QStringLiteral("the console's minutes PDF")))
        out() << "   console: " << s(chair_->minutesPath()) << "\n";
    QObject::disconnect(c);
}

bool DemoRun::showDocumentOnSeat(QQuickWindow *seatWindow, const DemoSeatSession &seat)
{
    auto *docs = seat.session->currentDocuments();
    if (docs->rowCount() == 0)
        return false;
    const auto sha = docs->data(docs->index(0, 0), docs->roleNames().key("sha256")).toString();
    const auto title = docs->data(docs->index(0, 0), docs->roleNames().key("title")).toString();
    if (!waitFor([&] { return !seat.session->documentPath(sha).isEmpty(); }, 60000,
                 QStringLiteral("document %1 downloaded on %2").arg(title, seat.seat.device)))
        return false;
    // What a delegate's tap on the document does.
    seatWindow->setProperty("openedTitle", title);
    seatWindow->setProperty("openedSha256", sha);
    if (!waitFor([&] { return pdfPageShown(seatWindow); }, 30000, QStringLiteral("page 1 of %1 rendered").arg(title)))
        return false;
    out() << "   " << s(seat.seat.device) << " shows \"" << s(title) << "\" page 1 (rendered by Poppler)\n";
    return true;
}

int DemoRun::runScripted()
{
    const DemoPerson *chairPerson = meeting_.firstWithRole(QStringLiteral("chair"));
    if (!chairPerson)
        throw std::runtime_error("the demo meeting has no chair");

    QQuickWindow *console = loader_.load(ecabinet::Screen::ChairConsole, chair_.get());
    QQuickWindow *tablet = loader_.load(ecabinet::Screen::Seat, seats_.front().session.get());
    if (!console || !tablet)
        throw std::runtime_error("cannot load the screens: " + s(loader_.errorString()));

    step(QStringLiteral("Connecting %1 tablets and the console over CURVE").arg(seats_.size()));
    QElapsedTimer clock;
    clock.start();
    chair_->start();
    if (secretary_)
        secretary_->start();
    for (auto &seat : seats_)
        seat.session->start();
    waitFor([this] { return chair_->connectionState() == MeetingSession::Live &&
                            (!secretary_ || secretary_->connectionState() == MeetingSession::Live) &&
                            allSeats([](const MeetingSession &m) { return m.connectionState() == MeetingSession::Live; }); },
            60000, QStringLiteral("every device live (snapshot applied)"));
    out() << "   all " << seats_.size() + 1 << " devices live in " << clock.elapsed() << " ms; meeting \""
          << s(chair_->meetingTitle()) << "\"\n";
    screenshot(tablet, QStringLiteral("tablet-checkin.png"));

    step(QStringLiteral("The chair checks in at the console: %1").arg(chairPerson->name));
    chair_->checkIn(chairPerson->id, chairPerson->pin);
    waitFor([this] { return chair_->checkedIn(); }, 10000, QStringLiteral("chair checked in"));
    if (const DemoPerson *sec = meeting_.firstWithRole(QStringLiteral("secretary")); sec && secretary_) {
        step(QStringLiteral("The secretary checks in at the second console: %1").arg(sec->name));
        secretary_->checkIn(sec->id, sec->pin);
        waitFor([this] { return secretary_->checkedIn(); }, 10000, QStringLiteral("secretary checked in"));
    }

    auto &first = seats_.front();
    step(QStringLiteral("%1 mistypes the PIN at %2").arg(first.person.name, first.seat.label));
    bool refused = false;
    QObject::connect(first.session.get(), &MeetingSession::checkInRefused, first.session.get(),
                     [&refused](const QString &message, int attemptsLeft, qint64) {
                         out() << "   refused: " << s(message) << " (attempts left: " << attemptsLeft << ")\n";
                         refused = true;
                     });
    const QString wrongPin = first.person.pin == QStringLiteral("0000") ? QStringLiteral("9999") : QStringLiteral("0000");
    first.session->checkIn(first.person.id, wrongPin);
    waitFor([&refused] { return refused; }, 10000, QStringLiteral("the wrong PIN refused"));

    step(QStringLiteral("Members check in at their seats with their PINs"));
    checkInSeats();
    // Everyone at a seat, the chair, and the secretary at the second console.
    waitFor([this] { return chair_->presentCount() == int(seats_.size()) + 1 + (secretary_ ? 1 : 0); }, 10000,
            QStringLiteral("the console counting everyone present"));
    out() << "   present " << chair_->presentCount() << ", entitled present " << chair_->entitledPresent() << " of "
          << chair_->entitledCount() << "; wrong PINs so far: " << chair_->failedPinAttempts() << "\n";

    step(QStringLiteral("A delegate's tablet tries to advance the agenda (the hub refuses)"));
    bool denied = false;
    QObject::connect(first.session.get(), &MeetingSession::commandFinished, first.session.get(),
                     [&denied](const QString &command, bool ok, int, const QString &message) {
                         if (!ok) {
                             out() << "   " << s(command) << " refused: " << s(message) << "\n";
                             denied = true;
                         }
                     });
    first.session->nextItem();
    waitFor([&denied] { return denied; }, 10000, QStringLiteral("the delegate's move refused"));

    step(QStringLiteral("The chair opens the meeting"));
    chair_->openMeeting();
    waitFor([this] { return allSeats([](const MeetingSession &m) { return m.meetingState() == MeetingSession::Open; }); },
            10000, QStringLiteral("every seat showing the meeting open"));

    const int items = chair_->itemCount();
    for (int k = 0; k < items; ++k) {
        clock.restart();
        chair_->nextItem();
        const bool followed = waitFor(
            [this, k] { return allSeats([k](const MeetingSession &m) { return m.currentItem() == k; }); }, 10000,
            QStringLiteral("every seat on item %1").arg(k + 1));
        if (followed)
            out() << "   item " << k + 1 << "/" << items << " \"" << s(chair_->currentItemTitle()) << "\": all "
                  << seats_.size() << " seats followed in " << clock.elapsed() << " ms\n";
        if (k == 0) {
            step(QStringLiteral("A delegate opens the first document of the item"));
            if (showDocumentOnSeat(tablet, first))
                screenshot(tablet, QStringLiteral("tablet-document.png"));
            screenshot(console, QStringLiteral("console.png"));
        }
        if (k == 1)
            concludeCurrentItem(tablet, console, voteOnCurrentItem(tablet, console));
    }

    step(QStringLiteral("The chair goes back one item, then closes the meeting"));
    chair_->previousItem();
    waitFor([this, items] { return allSeats([items](const MeetingSession &m) { return m.currentItem() == items - 2; }); },
            10000, QStringLiteral("every seat back on the previous item"));
    waitFor([this] { return allSeats([](const MeetingSession &m) { return m.documentsReady() == m.documents()->rowCount(); }); },
            120000, QStringLiteral("every seat holding the whole meeting pack"));
    chair_->closeMeeting();
    waitFor([this] { return allSeats([](const MeetingSession &m) { return m.meetingState() == MeetingSession::Closed; }); },
            10000, QStringLiteral("every seat showing the meeting closed"));
    screenshot(console, QStringLiteral("console-closed.png"));
    writeMinutes();
    dispatchDirective();

    printSummary();
    return failures_ == 0 ? 0 : 1;
}

void DemoRun::printSummary() const
{
    step(QStringLiteral("Summary"));
    quint64 bytes = 0;
    for (const auto &seat : seats_)
        bytes += seat.session->bytesFetched();
    out() << "   seats: " << seats_.size() << ", events in the meeting's log: " << chair_->seq()
          << ", documents per seat: " << seats_.front().session->documents()->rowCount()
          << ", bytes delivered to seats: " << bytes << "\n";
    const auto verify = hub_.ctl({"verify"});
    out() << "   ecabinetctl verify: " << (verify.ok() ? "" : "FAILED ") << verify.out << verify.err;
    const auto status = hub_.ctl({"status"});
    out() << status.out;
    out() << (failures_ == 0 ? "Demo finished: every step seen on every seat.\n"
                             : "Demo finished with failures (see the lines marked !!).\n");
}

int DemoRun::runInteractive()
{
    const DemoPerson *chairPerson = meeting_.firstWithRole(QStringLiteral("chair"));
    QQuickWindow *console = loader_.load(ecabinet::Screen::ChairConsole, chair_.get());
    if (!console)
        throw std::runtime_error("cannot load the console: " + s(loader_.errorString()));
    // Two seats are left for people to use; the others check in by themselves.
    const int shown = std::min<int>(2, int(seats_.size()));
    for (int i = 0; i < shown; ++i)
        if (!loader_.load(ecabinet::Screen::Seat, seats_[i].session.get()))
            throw std::runtime_error("cannot load a seat: " + s(loader_.errorString()));
    chair_->start();
    for (auto &seat : seats_)
        seat.session->start();
    waitFor([this] { return allSeats([](const MeetingSession &m) { return m.connectionState() == MeetingSession::Live; }); },
            60000, QStringLiteral("every device live"));
    for (std::size_t i = shown; i < seats_.size(); ++i)
        seats_[i].session->checkIn(seats_[i].person.id, seats_[i].person.pin);
    out() << "Windows are open. Check in at the console as " << (chairPerson ? s(chairPerson->name) : "the chair")
          << " with PIN " << (chairPerson ? s(chairPerson->pin) : "?") << ".\n";
    for (int i = 0; i < shown; ++i)
        out() << "Seat window " << i + 1 << ": " << s(seats_[i].person.name) << ", PIN " << s(seats_[i].person.pin)
              << "\n";
    out() << "All PINs: " << s(outDir_) << "/meeting/pins.txt. Close the console window to end the demo." << std::endl;
    QObject::connect(console, &QWindow::visibleChanged, console, [](bool visible) {
        if (!visible)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
