// Small helpers shared by the store tests: file bytes, directory listings, expected load errors.
#pragma once

#include "store/project_store.h"

#include <QByteArray>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

namespace hallwright::test {

inline void writeBytes(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// File names in dir, sorted, including hidden ones (temporary files start with '.').
inline std::vector<std::string> entries(const std::string &dir)
{
    std::vector<std::string> names;
    for (const auto &e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

inline std::optional<ProjectFileError> loadError(const std::string &path)
{
    try {
        loadProject(path);
    } catch (const ProjectFileError &e) {
        return e;
    }
    return std::nullopt;
}

inline std::optional<ProjectFileError> saveError(const Design &design, const std::string &path)
{
    try {
        saveProject(design, path);
    } catch (const ProjectFileError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace hallwright::test

/// Checks that error is set, has the kind, is one line starting with "path: " and contains fragment.
#define HW_CHECK_ERROR(error, expectedKind, path, fragment)                                                         \
    do {                                                                                                            \
        const auto &err_ = (error);                                                                                 \
        QVERIFY2(err_.has_value(), "no ProjectFileError was thrown");                                               \
        const std::string what_ = err_->what();                                                                     \
        QCOMPARE(QByteArray(hallwright::toString(err_->kind())), QByteArray(hallwright::toString(expectedKind)));   \
        QVERIFY2(what_.rfind(std::string(path) + ": ", 0) == 0, what_.c_str());                                     \
        QVERIFY2(what_.find('\n') == std::string::npos, what_.c_str());                                            \
        QVERIFY2(what_.find(fragment) != std::string::npos, what_.c_str());                                         \
    } while (false)
