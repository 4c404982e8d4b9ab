// Legend card painting: one swatch per entry, counts right of the label, a wrapped note below.
#include "common/legend_widget.h"

#include "common/units.h"

#include <QFontMetrics>
#include <QPainter>

namespace hallwright::views {

namespace {

constexpr int kPad = 8;
constexpr int kSwatch = 14;
constexpr int kGap = 6;
constexpr int kNoteWidth = 300;

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
}

void LegendWidget::setLegend(const QString &title, const QList<LegendEntry> &entries, const QString &note)
{
    if (title == m_title && entries == m_entries && note == m_note)
        return;
    m_title = title;
    m_entries = entries;
    m_note = note;
    updateGeometry();
    resize(sizeHint());
    update();
}

QString LegendWidget::entryText(const LegendEntry &e) const
{
    if (e.count < 0)
        return e.label;
    return tr("%1 (%2)").arg(e.label, Units::count(e.count));
}

QSize LegendWidget::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const QFontMetrics fb(bold);
    int width = fb.horizontalAdvance(m_title);
    for (const LegendEntry &e : m_entries)
        width = std::max(width, kSwatch + kGap + fm.horizontalAdvance(entryText(e)));
    int height = fb.height() + kGap / 2;
    height += int(m_entries.size()) * (std::max(fm.height(), kSwatch) + 3);
    if (!m_note.isEmpty()) {
        // As wide as the entries, or the note's usual width, but inside the view it stands on.
        int noteWidth = std::max(width, kNoteWidth);
        if (const QWidget *view = parentWidget(); view && view->width() > 0)
            noteWidth = std::max(width, std::min(noteWidth, view->width() - 20 - 2 * kPad));
        const QRect r = fm.boundingRect(QRect(0, 0, noteWidth, 1000), Qt::TextWordWrap, m_note);
        height += r.height() + kGap;
        width = std::max(width, std::min(noteWidth, r.width()));
    }
    return {width + 2 * kPad, height + 2 * kPad};
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 90));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(font());
    const QFontMetrics fb(bold);
    int y = kPad;
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRect(kPad, y, width() - 2 * kPad, fb.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    y += fb.height() + kGap / 2;
    p.setFont(font());
    const int line = std::max(fm.height(), kSwatch);
    for (const LegendEntry &e : m_entries) {
        p.setPen(QColor(60, 60, 60));
        p.setBrush(e.colour);
        p.drawRect(kPad, y + (line - kSwatch) / 2, kSwatch - 1, kSwatch - 1);
        p.setPen(e.count == 0 ? QColor(120, 120, 120) : QColor(0, 0, 0));
        p.drawText(QRect(kPad + kSwatch + kGap, y, width(), line), Qt::AlignLeft | Qt::AlignVCenter, entryText(e));
        y += line + 3;
    }
    if (!m_note.isEmpty()) {
        y += kGap;
        p.setPen(QColor(30, 30, 30));
        p.drawText(QRect(kPad, y, width() - 2 * kPad, height() - y - kPad), Qt::TextWordWrap, m_note);
    }
}

} // namespace hallwright::views
