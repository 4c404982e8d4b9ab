// PlanWorkspace: moving the same two views between a splitter and a tab widget.
#include "plan_workspace.h"

#include <QApplication>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>

namespace hallwright::app {

PlanWorkspace::PlanWorkspace(QWidget *plan, QWidget *view3d, QWidget *parent)
    : QWidget(parent), m_plan(plan), m_view3d(view3d), m_lastFocused(plan), m_layout(new QStackedLayout(this)),
      m_split(new QSplitter(Qt::Horizontal, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("planWorkspace"));
    m_split->setObjectName(QStringLiteral("planSplit"));
    m_split->setChildrenCollapsible(false);
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->setDocumentMode(true);
    m_layout->addWidget(m_split);
    m_layout->addWidget(m_tabs);
    m_split->addWidget(m_plan);
    m_split->addWidget(m_view3d);
    m_plan->setMinimumWidth(320); // room for the plan's legend card
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({1, 1}); // half and half until the user moves the handle
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (w == m_plan || w == m_view3d) {
                m_lastFocused = w;
                return;
            }
        }
    });
}

QString PlanWorkspace::key(Arrangement a)
{
    return a == Arrangement::Tabs ? QStringLiteral("tabs") : QStringLiteral("split");
}

PlanWorkspace::Arrangement PlanWorkspace::fromKey(const QString &key)
{
    return key == QLatin1String("tabs") ? Arrangement::Tabs : Arrangement::Split;
}

QWidget *PlanWorkspace::currentView() const
{
    if (m_arrangement == Arrangement::Tabs)
        return m_tabs->currentWidget();
    return m_lastFocused;
}

void PlanWorkspace::setArrangement(Arrangement arrangement)
{
    if (arrangement == m_arrangement)
        return;
    QWidget *current = currentView();
    m_arrangement = arrangement;
    if (arrangement == Arrangement::Tabs) {
        m_tabs->addTab(m_plan, tr("Plan"));
        m_tabs->addTab(m_view3d, tr("3D"));
        m_tabs->setCurrentWidget(current);
        m_layout->setCurrentWidget(m_tabs);
    } else {
        m_split->addWidget(m_plan);
        m_split->addWidget(m_view3d);
        m_plan->show();
        m_view3d->show();
        m_layout->setCurrentWidget(m_split);
    }
    emit arrangementChanged(arrangement);
}

void PlanWorkspace::showView(QWidget *view)
{
    if (m_arrangement == Arrangement::Tabs)
        m_tabs->setCurrentWidget(view);
    m_lastFocused = view;
}

} // namespace hallwright::app
