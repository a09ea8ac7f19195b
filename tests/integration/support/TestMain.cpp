// gtest main for integration tests. QPdfWriter (test documents) needs a
// QGuiApplication for fonts, and QProcess is happiest with an application
// object; offscreen so that it runs without a display, also during
// gtest_discover_tests at build time (ctest's ENVIRONMENT is not applied there).
#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
