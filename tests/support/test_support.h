// Helpers shared by the Qt Test programs: paths to test data and temporary copies.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

/// Verifies |actual - expected| <= tol, printing both values on failure.
#define QNEAR(actual, expected, tol)                                                                         \
    QVERIFY2(std::fabs(double(actual) - double(expected)) <= (tol),                                          \
             qPrintable(QString("%1 = %2, expected %3 ± %4")                                                 \
                            .arg(#actual)                                                                    \
                            .arg(double(actual), 0, 'g', 12)                                                 \
                            .arg(double(expected), 0, 'g', 12)                                               \
                            .arg(double(tol))))

namespace hallwright::test {

inline std::string dataPath(const std::string &name)
{
    return std::string(HALLWRIGHT_TEST_DATA_DIR) + "/" + name;
}

inline std::string referencePath(const std::string &name)
{
    return std::string(HALLWRIGHT_REFERENCE_DIR) + "/" + name;
}

inline std::string resourcePath(const std::string &name)
{
    return std::string(HALLWRIGHT_RESOURCES_DIR) + "/" + name;
}

/// Read a whole file; throws std::runtime_error when it cannot be read.
inline std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace hallwright::test
