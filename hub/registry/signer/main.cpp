// ecabinet-sign-directive --job JOB.json --out SIGNED.pdf
//
// Makes a directive's PDF and signs it with the signer's X.509 certificate (registry/DirectiveJob.h
// says why this is a program of its own). The registry runs it at publication; it is not meant
// to be run by hand, but can be, to check a signing set-up:
//
//   ecabinet-sign-directive --job job.json --out 45-TB-TU.pdf && pdfsig -nssdir sql:DIR 45-TB-TU.pdf
//
// Exit codes: 0 signed PDF written; 1 the PDF could not be made or signed (stderr says why:
// no certificate for the signer, wrong password, fonts missing, ...); 2 usage or a bad job file.
#include "registry/DirectiveJob.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <fstream>
#include <iostream>

using namespace ecabinet;

int main(int argc, char **argv) {
    // Fonts need a QGuiApplication; the registry runs on machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::string jobPath, outPath;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--job") jobPath = argv[i + 1];
        else if (a == "--out") outPath = argv[i + 1];
    }
    if (jobPath.empty() || outPath.empty() || argc != 5) {
        std::cerr << "usage: ecabinet-sign-directive --job JOB.json --out SIGNED.pdf\n";
        return 2;
    }
    hub::registry::DirectiveJob job;
    try {
        std::ifstream in(jobPath);
        if (!in) throw std::runtime_error("cannot read " + jobPath);
        job = hub::registry::parseDirectiveJob(nlohmann::json::parse(in));
    } catch (const std::exception &e) {
        std::cerr << "ecabinet-sign-directive: " << e.what() << "\n";
        return 2;
    }
    try {
        QTemporaryDir tmp;
        if (!tmp.isValid()) throw std::runtime_error("no temporary directory: " + tmp.errorString().toStdString());
        const QString unsignedPdf = tmp.filePath(QStringLiteral("unsigned.pdf"));
        const auto layout = hub::registry::writeDirectivePdf(job.content, unsignedPdf);
        const QString out = QString::fromStdString(outPath);
        QFile::remove(out);
        const auto signedOk = hub::registry::signPdf(unsignedPdf, out, job.identity, layout);
        if (!signedOk) {
            QFile::remove(out);
            std::cerr << "directive " << job.content.number.toStdString() << " could not be signed: " << signedOk.error()
                      << "\n";
            return 1;
        }
    } catch (const std::exception &e) {
        std::cerr << "directive " << job.content.number.toStdString() << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
