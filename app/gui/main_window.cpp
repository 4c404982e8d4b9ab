// Main window: menus, docks and the wiring between document and views.
#include "main_window.h"

#include "document.h"
#include "floorplan/floor_plan_view.h"
#include "panels/summary_panel.h"
#include "report/summary.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace hallwright::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_floorPlan(new views::FloorPlanView(this)),
      m_summary(new views::SummaryPanel(this)), m_checks(new QTreeWidget(this)), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Hallwright"));
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(m_floorPlan);
    setCentralWidget(m_stack);

    auto *summaryDock = new QDockWidget(tr("Summary"), this);
    summaryDock->setObjectName(QStringLiteral("summaryDock"));
    summaryDock->setWidget(m_summary);
    addDockWidget(Qt::RightDockWidgetArea, summaryDock);
    resizeDocks({summaryDock}, {440}, Qt::Horizontal);

    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Severity"), tr("Location"), tr("Finding")});
    m_checks->setRootIsDecorated(false);
    auto *checksDock = new QDockWidget(tr("Design checks"), this);
    checksDock->setObjectName(QStringLiteral("checksDock"));
    checksDock->setWidget(m_checks);
    addDockWidget(Qt::BottomDockWidgetArea, checksDock);
    resizeDocks({checksDock}, {140}, Qt::Vertical);

    createActions();
    connect(m_document, &Document::changed, this, &MainWindow::onDocumentChanged);
    statusBar()->showMessage(tr("Open a hall, the sample hall, or create one from a brief."));
    resize(1400, 900);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New from &Brief…"), QKeySequence::New, this, &MainWindow::newFromBrief);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("Open &Sample Hall"), this, &MainWindow::openSample);
    m_saveAsAction = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    m_saveAsAction->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), m_floorPlan,
                    &views::FloorPlanView::zoomToFit);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_floorPlan, &views::FloorPlanView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_floorPlan, &views::FloorPlanView::zoomOut);
    QAction *trays = view->addAction(tr("Show Cable &Trays"));
    trays->setCheckable(true);
    trays->setChecked(true);
    connect(trays, &QAction::toggled, m_floorPlan, &views::FloorPlanView::setTraysVisible);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h1>Hallwright</h1><p>Design AI data halls: racks, network, power, cooling "
                                "and the economics of leasing the capacity.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto addButton = [&](const QString &text, void (MainWindow::*slot)()) {
        auto *button = new QPushButton(text, page);
        button->setMinimumWidth(320);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    };
    addButton(tr("Open the Sample Hall (10,240 accelerators)"), &MainWindow::openSample);
    addButton(tr("New from Brief…"), &MainWindow::newFromBrief);
    addButton(tr("Open…"), &MainWindow::openDialog);
    layout->addStretch();
    return page;
}

QString MainWindow::sampleHallPath()
{
    const QString name = QStringLiteral("sample/sample-10240.hall");
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + QStringLiteral("/../share/hallwright/") + name,
                                 QStringLiteral(HALLWRIGHT_SOURCE_RESOURCES_DIR "/") + name};
    for (const QString &c : candidates)
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    return {};
}

bool MainWindow::openFile(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_document->open(path);
        QGuiApplication::restoreOverrideCursor();
        return true;
    } catch (const std::exception &e) {
        QGuiApplication::restoreOverrideCursor();
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), QString::fromUtf8(e.what()));
        return false;
    }
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open hall"), QString(), tr("Hallwright halls (*.hall)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openSample()
{
    const QString path = sampleHallPath();
    if (path.isEmpty())
        showError(tr("Sample hall missing"), tr("The bundled sample hall was not found next to the program."));
    else
        openFile(path);
}

void MainWindow::newFromBrief()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("New hall from brief"), QString(), tr("Design briefs (*.json)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_document->generateFromBrief(path);
        QGuiApplication::restoreOverrideCursor();
    } catch (const std::exception &e) {
        QGuiApplication::restoreOverrideCursor();
        showError(tr("Cannot build a hall from %1").arg(QFileInfo(path).fileName()), QString::fromUtf8(e.what()));
    }
}

void MainWindow::saveAsDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save hall as"), m_document->path(),
                                                      tr("Hallwright halls (*.hall)"));
    if (path.isEmpty())
        return;
    try {
        m_document->saveAs(path);
    } catch (const std::exception &e) {
        showError(tr("Cannot save"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::onDocumentChanged()
{
    const Design *design = m_document->design();
    m_floorPlan->setDesign(design);
    m_stack->setCurrentIndex(design ? 1 : 0);
    m_saveAsAction->setEnabled(design != nullptr);
    if (!design) {
        m_summary->clear();
        m_checks->clear();
        return;
    }
    const Results &r = m_document->results();
    m_summary->setSummary(summaryJson(r));
    m_checks->clear();
    for (const Check &c : r.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, QString::fromUtf8(toString(c.severity)));
        item->setText(1, QString::fromStdString(c.location));
        item->setText(2, QString::fromStdString(c.message));
    }
    const QString name = m_document->path().isEmpty() ? tr("Untitled hall") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("%1 — Hallwright").arg(name));
    statusBar()->showMessage(tr("%1: %2 accelerators, %3 racks, %4 × %5 m, %6 errors, %7 warnings")
                                 .arg(QString::fromStdString(design->hall.name))
                                 .arg(r.compute.accelerators)
                                 .arg(r.compute.racks)
                                 .arg(design->hall.widthM, 0, 'f', 1)
                                 .arg(design->hall.depthM, 0, 'f', 1)
                                 .arg(r.errors())
                                 .arg(r.warnings()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(title + QStringLiteral(": ") + message);
    // Window-modal but not blocking, so that scripted and test sessions go on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

} // namespace hallwright::app
