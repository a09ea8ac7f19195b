// QPdfWriter needs a QGuiApplication (fonts); headless unless told otherwise. Set here, not
// via ctest ENVIRONMENT, because gtest_discover_tests runs this binary at build time too.
#include <QGuiApplication>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char **argv) {
    if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
