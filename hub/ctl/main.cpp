// ecabinetctl --data DIR <command>: see Ctl.h and docs/ARCHITECTURE.md.
#include "ctl/Ctl.h"

#include <iostream>
#include <set>

using namespace ecabinet::ctl;

namespace {

const char *const kUsage =
    "usage: ecabinetctl --data DIR <command>\n"
    "  init                                    create the data dir, hub key pair and database\n"
    "  device add NAME --key Z85 [--kind seat|console]\n"
    "  device approve NAME --fingerprint FP    FP as the tablet shows it\n"
    "  device add-batch FILE                   add and approve many: lines NAME KIND KEY FINGERPRINT\n"
    "  device revoke NAME\n"
    "  device list\n"
    "  meeting import FILE                     meeting file (JSON) with its PDFs\n"
    "  document add MEETING --item ITEM --title TITLE --file PDF [--access meeting|named|confidential --readers P1,P2]\n"
    "  document replace MEETING DOC [--file PDF] [--title T] [--access A --readers P1,P2]   new version / access\n"
    "  device wipe NAME                        the tablet erases its documents and annotations when it next connects\n"
    "  poll export MEETING POLL --csv FILE     result as CSV (UTF-8 BOM); names only for open/named polls\n"
    "  minutes [MEETING] --pdf FILE [--agency \"LINE|LINE\"] [--place NAME] [--number N]\n"
    "                                          the minutes as PDF (draft while the meeting is not closed)\n"
    "  verify                                  recompute every hash chain; exit 1 if broken\n"
    "  status                                  meetings, attendance, polls and results, devices, chain heads\n";

// Options that take a value; anything else starting with "--" is an error.
const std::set<std::string> kValueOptions = {"data", "key", "kind", "fingerprint", "csv",
                                             "pdf", "agency", "number", "place",
                                             "item", "title", "file", "access", "readers"};

Args parse(int argc, char **argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string w = argv[i];
        if (w.rfind("--", 0) == 0) {
            const std::string name = w.substr(2);
            if (!kValueOptions.contains(name)) throw CtlError("unknown option " + w);
            if (i + 1 >= argc) throw CtlError("option " + w + " needs a value");
            a.options[name] = argv[++i];
        } else {
            a.words.push_back(w);
        }
    }
    const auto data = a.option("data");
    if (!data || data->empty()) throw CtlError("--data DIR is required");
    a.dataDir = *data;
    if (a.words.empty()) throw CtlError("no command given");
    return a;
}

int run(const Args &a) {
    const std::string &cmd = a.words[0];
    if (cmd == "init" && a.words.size() == 1) return cmdInit(a);
    if (cmd == "device") return cmdDevice(a);
    if (cmd == "meeting" && a.words.size() == 3 && a.words[1] == "import") return cmdMeetingImport(a);
    if (cmd == "poll") return cmdPoll(a);
    if (cmd == "minutes") return cmdMinutes(a);
    if (cmd == "document") return cmdDocument(a);
    if (cmd == "verify" && a.words.size() == 1) return cmdVerify(a);
    if (cmd == "status" && a.words.size() == 1) return cmdStatus(a);
    throw CtlError("unknown command: " + cmd + (a.words.size() > 1 ? " " + a.words[1] : std::string()));
}

} // namespace

int main(int argc, char **argv) {
    if (argc == 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
        std::cout << kUsage;
        return kExitOk;
    }
    try {
        return run(parse(argc, argv));
    } catch (const CtlError &e) {
        std::cerr << "ecabinetctl: " << e.what() << '\n';
        if (argc < 3) std::cerr << kUsage;
        return kExitUsage;
    } catch (const ecabinet::hub::StoreError &e) {
        std::cerr << "ecabinetctl: storage error: " << e.what() << '\n';
        return kExitUsage;
    }
}
