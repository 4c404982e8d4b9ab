// Editable brief inputs: the fields whose change regenerates the design (compute, power, cooling, lease …).
#include "panels/brief_inputs.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace hallwright::views {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PropertiesPanel)
};

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

/// A share the brief writes as a fraction, shown as a percentage: 0.8 is 80 %.
BriefInput percent(BriefInput in)
{
    in.scale = 100.0;
    in.unit = Text::tr(" %");
    in.minimum *= in.scale;
    in.maximum *= in.scale;
    in.decimals = 1; // 55.4 %, 8.5 %
    in.current = [fraction = in.current](const Brief &b) {
        const QVariant v = fraction(b);
        return v.isValid() ? QVariant(v.toDouble() * 100.0) : v;
    };
    return in;
}

std::vector<BriefInput> makeInputs()
{
    using T = BriefInput::Type;
    const QString compute = Text::tr("Compute"), power = Text::tr("Power and cooling"),
                  fabric = Text::tr("Network"), training = Text::tr("Training"), lease = Text::tr("Lease");
    std::vector<BriefInput> v;
    v.push_back({"compute.accelerators", compute, Text::tr("Accelerators"), {}, T::Integer, 8, 1'000'000, 0, {}, {}, {},
                 [](const Brief &b) { return QVariant(qlonglong(b.compute.accelerators)); }});
    v.push_back({"fabric.oversubscription", fabric, Text::tr("Oversubscription"), Text::tr(" : 1"), T::Number, 1, 8, 1,
                 {}, {}, {}, [](const Brief &b) { return QVariant(b.fabric.oversubscription); }});
    v.push_back({"power.redundancy", power, Text::tr("Power redundancy"), {}, T::Choice, 0, 0, 0,
                 {"N", "N+1", "2N"}, {Text::tr("N"), Text::tr("N+1"), Text::tr("2N")}, {},
                 [](const Brief &b) { return QVariant(QString::fromUtf8(toString(b.power.redundancy))); }});
    v.push_back({"power.pue", power, Text::tr("PUE"), {}, T::Number, 1.0, 3.0, 2, {}, {}, Text::tr("estimated"),
                 [](const Brief &b) { return optionalNumber(b.power.pue); }});
    v.push_back(percent({"power.load_factor", power, Text::tr("Average load, share of nameplate"), {}, T::Number, 0.1, 1.0, 2,
                 {}, {}, {}, [](const Brief &b) { return QVariant(b.power.loadFactor); }}));
    v.push_back({"power.electricity_price_per_kwh", power, Text::tr("Electricity price"), Text::tr(" CNY/kWh"),
                 T::Number, 0.0, 10.0, 3, {}, {}, {},
                 [](const Brief &b) { return QVariant(b.power.electricityPricePerKwh); }});
    v.push_back({"cooling.mode", power, Text::tr("Cooling"), {}, T::Choice, 0, 0, 0, {"auto", "air", "liquid"},
                 {Text::tr("automatic"), Text::tr("air"), Text::tr("liquid")}, {},
                 [](const Brief &b) { return QVariant(QString::fromUtf8(toString(b.cooling.mode))); }});
    {
        // Rear-door heat exchangers: null lets the engine fit them when the galleries cannot cool the hall.
        BriefInput doors{"cooling.rear_doors", power, Text::tr("Rear doors"), {}, T::Choice, 0, 0, 0,
                         {"null", "true", "false"},
                         {Text::tr("automatic"), Text::tr("on every rack"), Text::tr("none")}, {},
                         [](const Brief &b) {
                             return QVariant(QString::fromLatin1(!b.cooling.rearDoors ? "null"
                                                                 : *b.cooling.rearDoors ? "true"
                                                                                        : "false"));
                         }};
        doors.jsonChoices = true;
        v.push_back(doors);
    }
    v.push_back(percent({"training.mfu", training, Text::tr("Model FLOPs utilization"), {}, T::Number, 0.0, 1.0, 2, {}, {},
                 Text::tr("predicted"), [](const Brief &b) { return optionalNumber(b.training.mfu); }}));
    v.push_back({"lease.price_per_accelerator_hour", lease, Text::tr("Price per accelerator-hour"), Text::tr(" CNY"),
                 T::Number, 0.01, 1000.0, 2, {}, {}, Text::tr("catalog market price"),
                 [](const Brief &b) { return optionalNumber(b.lease.pricePerAcceleratorHour); }});
    v.push_back(percent({"lease.utilization", lease, Text::tr("Utilization"), {}, T::Number, 0.0, 1.0, 2, {}, {}, {},
                 // A ramp (a figure a year) is not one number: shown as not editable here, kept.
                 [](const Brief &b) { return b.lease.utilizationByYear.empty() ? QVariant(b.lease.utilization) : QVariant(); }}));
    v.push_back({"lease.years", lease, Text::tr("Contract length"), Text::tr(" years"), T::Integer, 1, 30, 0, {}, {}, {},
                 [](const Brief &b) { return QVariant(b.lease.years); }});
    v.push_back(percent({"lease.discount_rate", lease, Text::tr("Discount rate"), {}, T::Number, 0.0, 1.0, 3, {}, {}, {},
                 [](const Brief &b) { return QVariant(b.lease.discountRate); }}));
    v.push_back(percent({"lease.debt_fraction", lease, Text::tr("Debt share of capex"), {}, T::Number, 0.0, 1.0, 2, {}, {}, {},
                 [](const Brief &b) { return QVariant(b.lease.debtFraction); }}));
    v.push_back(percent({"lease.interest_rate", lease, Text::tr("Interest rate"), {}, T::Number, 0.0, 1.0, 3, {}, {}, {},
                 [](const Brief &b) { return QVariant(b.lease.interestRate); }}));
    return v;
}

} // namespace

const std::vector<BriefInput> &briefInputs()
{
    static const std::vector<BriefInput> inputs = makeInputs();
    return inputs;
}

QString briefValueJson(const BriefInput &input, const QVariant &value)
{
    switch (input.type) {
    case BriefInput::Type::Integer: return QString::number(value.toLongLong());
    case BriefInput::Type::Choice: // the spellings are fixed words ("N+1", "liquid"): nothing to escape
        if (input.jsonChoices)
            return value.toString();
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case BriefInput::Type::Number:
        if (!value.isValid() || (!input.nullText.isEmpty() && value.toDouble() <= input.minimum))
            return QStringLiteral("null");
        return QString::number(value.toDouble() / input.scale, 'g', 12);
    }
    return QStringLiteral("null");
}

namespace {

const BriefInput *inputAt(const QString &path)
{
    for (const BriefInput &in : briefInputs())
        if (in.path == path)
            return &in;
    return nullptr;
}

} // namespace

QString briefInputName(const QString &path)
{
    const BriefInput *in = inputAt(path);
    return in ? in->label : path;
}

QString briefValueText(const QString &path, const QString &valueJson)
{
    const BriefInput *in = inputAt(path);
    const QString v = valueJson.trimmed();
    if (!in)
        return v;
    if (v == QLatin1String("null") && !in->jsonChoices)
        return in->nullText.isEmpty() ? v : in->nullText;
    switch (in->type) {
    case BriefInput::Type::Choice: {
        QString word = v;
        if (word.startsWith(QLatin1Char('"')) && word.endsWith(QLatin1Char('"')) && word.size() >= 2)
            word = word.mid(1, word.size() - 2);
        const int i = int(in->choices.indexOf(word));
        return i >= 0 ? in->choiceLabels.value(i, word) : word;
    }
    case BriefInput::Type::Integer:
    case BriefInput::Type::Number: {
        bool ok = false;
        const double x = v.toDouble(&ok);
        if (!ok)
            return v;
        const int decimals = in->type == BriefInput::Type::Integer ? 0 : in->decimals;
        return QLocale().toString(x * in->scale, 'f', decimals) + in->unit;
    }
    }
    return v;
}

} // namespace hallwright::views
