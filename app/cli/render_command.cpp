// hallwright-cli render: loads INPUT, renders the 3D hall view off screen, writes the PNG atomically.
#include "render_command.h"

#include "cli_commands.h"
#include "cli_support.h"
#include "qt_application.h"

#include "analysis/analysis.h"
#include "hall3d/hall_render.h"
#include "language.h"
#include "store/atomic_file.h"

#include <QApplication>
#include <QImage>

#include <cstdio>
#include <filesystem>
#include <regex>

namespace hallwright::cli {

namespace {

QSize parseSize(const std::string &text)
{
    static const std::regex pattern(R"((\d{1,5})[xX×](\d{1,5}))");
    std::smatch m;
    if (!std::regex_match(text, m, pattern))
        fail("--size " + text, phrase(QT_TRANSLATE_NOOP("Finding", "must be WIDTHxHEIGHT in pixels, e.g. 1600x1000")));
    const int w = std::stoi(m[1].str()), h = std::stoi(m[2].str());
    if (w < 16 || h < 16 || w > views::kMaxRenderSide || h > views::kMaxRenderSide)
        fail("--size " + text, phrase(QT_TRANSLATE_NOOP("Finding", "each side must be 16 to %1 pixels"),
                                      views::kMaxRenderSide));
    return {w, h};
}

views::ColourMode parseColourMode(const std::string &text)
{
    if (text == "role")
        return views::ColourMode::Role;
    if (text == "power")
        return views::ColourMode::PowerDensity;
    if (text == "cooling")
        return views::ColourMode::CoolingHeadroom;
    if (text == "su")
        return views::ColourMode::SuMembership;
    fail("--colour " + text, phrase(QT_TRANSLATE_NOOP("Finding", "must be role, power, cooling or su")));
}

} // namespace

int cmdRender(const std::vector<std::string> &args)
{
    const Options o = parseOptions("render", args, {"--png", "--view", "--size", "--colour"}, {});
    if (o.positionals.size() != 1)
        fail("render", phrase(QT_TRANSLATE_NOOP("Finding", "give exactly one INPUT (a .hall project or a brief .json)")));
    const std::string input = o.positionals.front();
    const auto out = o.value("--png");
    if (!out)
        fail("render", phrase(QT_TRANSLATE_NOOP("Finding", "--png OUT.png is required")));
    const std::string viewKey = o.value("--view").value_or("iso");
    const auto view = views::cameraPresetFromKey(QString::fromStdString(viewKey));
    if (!view)
        fail("--view " + viewKey, phrase(QT_TRANSLATE_NOOP("Finding", "must be top, iso or aisle")));
    const QSize size = parseSize(o.value("--size").value_or("1600x1000"));
    const views::ColourMode mode = parseColourMode(o.value("--colour").value_or("role"));
    {
        std::error_code ec;
        if (std::filesystem::exists(*out, ec) && std::filesystem::equivalent(input, *out, ec))
            fail(*out, phrase(QT_TRANSLATE_NOOP("Finding", "is the same file as the input; choose another --png")));
    }
    // Say how to run it before any slow work.
    if (const Phrase why = views::renderUnavailableReason(); !why.empty())
        fail("render", phrase(QT_TRANSLATE_NOOP("Finding", "%1: rendering needs an X display with OpenGL; without a "
                                                           "desktop run it under a virtual one, e.g. xvfb-run -a "
                                                           "hallwright-cli render INPUT --png OUT.png"),
                              why));

    const Loaded in = loadInput(input);
    const Results results = guarded(input, [&] { return analyze(in.design, in.catalog); });
    ensureQtApplication();
    // The picture's labels and legend in the user's language, as the command's messages.
    const i18n::ScopedLanguage language(i18n::chooseLanguage(QString()));
    views::RenderOptions options;
    options.colourMode = mode;
    QImage image;
    try {
        image = views::renderHallImage(in.design, in.catalog, results, *view, size, options);
    } catch (const views::RenderError &e) {
        fail("render", errorText(e));
    }
    guarded(*out, [&] {
        store::AtomicFile file(*out);
        if (!image.save(QString::fromStdString(file.path()), "PNG"))
            throw std::runtime_error("cannot write the PNG picture");
        file.sync();
        file.replaceTarget();
        return 0;
    });
    std::printf("%s: %d×%d %s view of %s\n", out->c_str(), size.width(), size.height(), viewKey.c_str(),
                in.design.hall.name.empty() ? input.c_str() : in.design.hall.name.c_str());
    return kExitOk;
}

} // namespace hallwright::cli
