// The central area of the window: the 2D plan and the 3D view, as tabs or side by side.
#pragma once

#include <QWidget>

class QSplitter;
class QStackedLayout;
class QTabWidget;

namespace hallwright::app {

/// Holds the plan and the 3D view (or, without OpenGL, a note in its place)
/// and arranges them as the user chose: side by side in a splitter, or as
/// tabs. The widgets stay the same objects across arrangements.
class PlanWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class Arrangement { Split, Tabs };

    PlanWorkspace(QWidget *plan, QWidget *view3d, QWidget *parent = nullptr);

    Arrangement arrangement() const { return m_arrangement; }
    /// The view the user works in: the current tab, or in a split the one that had the focus last.
    QWidget *currentView() const;
    QWidget *plan() const { return m_plan; }
    QWidget *view3d() const { return m_view3d; }
    QSplitter *splitter() const { return m_split; }
    QTabWidget *tabs() const { return m_tabs; }

    /// "split" / "tabs", as the settings registry stores it.
    static QString key(Arrangement a);
    static Arrangement fromKey(const QString &key);

public slots:
    void setArrangement(hallwright::app::PlanWorkspace::Arrangement arrangement);
    /// Shows view (the plan or the 3D view): its tab becomes current.
    void showView(QWidget *view);

signals:
    void arrangementChanged(hallwright::app::PlanWorkspace::Arrangement arrangement);

private:
    QWidget *m_plan;
    QWidget *m_view3d;
    QWidget *m_lastFocused;
    QStackedLayout *m_layout;
    QSplitter *m_split;
    QTabWidget *m_tabs;
    Arrangement m_arrangement = Arrangement::Split;
};

} // namespace hallwright::app
