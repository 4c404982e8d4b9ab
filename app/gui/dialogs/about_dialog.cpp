// The About box.
#include "about_dialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QtGlobal>

#include <boost/version.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace hallwright::app {

namespace {

class AboutText
{
    Q_DECLARE_TR_FUNCTIONS(AboutText)
};

} // namespace

QString aboutText()
{
    const QString boost = QStringLiteral("%1.%2.%3")
                              .arg(BOOST_VERSION / 100000)
                              .arg(BOOST_VERSION / 100 % 1000)
                              .arg(BOOST_VERSION % 100);
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    const QString fmtVersion =
        QStringLiteral("%1.%2.%3").arg(FMT_VERSION / 10000).arg(FMT_VERSION / 100 % 100).arg(FMT_VERSION % 100);
    return AboutText::tr("<h2>Hallwright %1</h2>"
                         "<p>Plans AI data halls of 10,000 and more accelerators: racks and rows, the network "
                         "fabric and every cable, power and cooling with redundancy, training time and the "
                         "economics of leasing the capacity.</p>"
                         "<p>Every figure on screen is computed by the engine for the design as edited.</p>"
                         "<p>Built with Qt %2 (LGPL-3.0), Boost %3, SQLite %4, nlohmann/json %5 and fmt %6; "
                         "the 3D view uses VTK (BSD-3-Clause).</p>")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), boost,
             QString::fromLatin1(sqlite3_libversion()), json, fmtVersion);
}

void showAboutDialog(QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, AboutText::tr("About Hallwright"), aboutText(), QMessageBox::Ok,
                                parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hallwright::app
