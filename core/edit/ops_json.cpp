// Edit scripts: JSON shape of each operation, racks and rows resolved by name.
#include "edit/ops_json.h"

#include "checks/json_error.h"


#include <cmath>
#include <map>

namespace hallwright::edit {

namespace {

using nlohmann::json;

enum class Field { Rack, Racks, Row, Rows, Dx, Dy, X, Like, Platform, Path, Value };

/// The fields each operation takes (besides "op") and which are required.
struct Shape
{
    std::map<std::string, Field> fields;
    std::vector<std::vector<std::string>> oneOf; ///< exactly one of each group must be given
};

const std::map<std::string, Shape> &shapes()
{
    static const std::map<std::string, Shape> s = {
        {"move_rack", {{{"rack", Field::Rack}, {"racks", Field::Racks}, {"dx_m", Field::Dx}, {"dy_m", Field::Dy}},
                       {{"rack", "racks"}}}},
        {"move_row", {{{"row", Field::Row}, {"rows", Field::Rows}, {"dx_m", Field::Dx}, {"dy_m", Field::Dy}},
                      {{"row", "rows"}}}},
        {"rotate_row", {{{"row", Field::Row}}, {{"row"}}}},
        {"add_rack", {{{"row", Field::Row}, {"like", Field::Like}, {"platform", Field::Platform}, {"x_m", Field::X}},
                      {{"row"}, {"like", "platform"}}}},
        {"add_row", {{{"like", Field::Like}, {"dx_m", Field::Dx}, {"dy_m", Field::Dy}}, {{"like"}}}},
        {"duplicate_rack", {{{"rack", Field::Rack}, {"racks", Field::Racks}, {"dx_m", Field::Dx}, {"dy_m", Field::Dy}},
                            {{"rack", "racks"}}}},
        {"delete_rack", {{{"rack", Field::Rack}, {"racks", Field::Racks}}, {{"rack", "racks"}}}},
        {"delete_row", {{{"row", Field::Row}, {"rows", Field::Rows}}, {{"row", "rows"}}}},
        {"set", {{{"path", Field::Path}, {"value", Field::Value}}, {{"path"}, {"value"}}}},
    };
    return s;
}

[[noreturn]] void bad(std::size_t index, const std::string &op, const Phrase &problem)
{
    throw EditError(op.empty() ? phrase(QT_TRANSLATE_NOOP("Finding", "ops[%1]: %2"), index, problem)
                               : phrase(QT_TRANSLATE_NOOP("Finding", "ops[%1] (%2): %3"), index, op, problem));
}

void checkType(std::size_t index, const std::string &op, const std::string &name, Field field, const json &v)
{
    auto isNames = [&] {
        if (!v.is_array() || v.empty())
            return false;
        for (const json &e : v)
            if (!e.is_string())
                return false;
        return true;
    };
    switch (field) {
    case Field::Rack:
    case Field::Row:
    case Field::Like:
    case Field::Platform:
    case Field::Path:
        if (!v.is_string() || v.get<std::string>().empty())
            bad(index, op, phrase(QT_TRANSLATE_NOOP("Finding", "%1 must be a non-empty string"), name));
        return;
    case Field::Racks:
    case Field::Rows:
        if (!isNames())
            bad(index, op, phrase(QT_TRANSLATE_NOOP("Finding", "%1 must be a non-empty list of names"), name));
        return;
    case Field::Dx:
    case Field::Dy:
    case Field::X:
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            bad(index, op, phrase(QT_TRANSLATE_NOOP("Finding", "%1 must be a finite number (metres)"), name));
        return;
    case Field::Value:
        return; // any JSON: the brief parser checks it
    }
}

class Resolver
{
public:
    Resolver(const json &op, std::size_t index, const Design &design)
        : m_op(op), m_index(index), m_name(op.at("op").get<std::string>()), m_design(design)
    {
    }

    RackId rack(const std::string &name) const
    {
        for (const Rack &r : m_design.racks)
            if (r.name == name)
                return r.id;
        bad(m_index, m_name, phrase(QT_TRANSLATE_NOOP("Finding", "unknown rack '%1'"), name));
    }

    RowId row(const std::string &name) const
    {
        for (const Row &r : m_design.rows)
            if (r.name == name)
                return r.id;
        bad(m_index, m_name, phrase(QT_TRANSLATE_NOOP("Finding", "unknown row '%1'"), name));
    }

    template <typename IdT, typename F>
    std::vector<IdT> list(const char *one, const char *many, F resolve) const
    {
        std::vector<IdT> out;
        if (m_op.contains(one))
            out.push_back(resolve(m_op.at(one).get<std::string>()));
        if (m_op.contains(many))
            for (const json &n : m_op.at(many))
                out.push_back(resolve(n.get<std::string>()));
        return out;
    }

    std::vector<RackId> racks() const
    {
        return list<RackId>("rack", "racks", [&](const std::string &n) { return rack(n); });
    }
    std::vector<RowId> rows() const
    {
        return list<RowId>("row", "rows", [&](const std::string &n) { return row(n); });
    }
    double number(const char *field) const { return m_op.contains(field) ? m_op.at(field).get<double>() : 0.0; }

    Op resolve() const
    {
        const std::string &op = m_name;
        if (op == "move_rack")
            return MoveRacks{racks(), number("dx_m"), number("dy_m")};
        if (op == "move_row")
            return MoveRows{rows(), number("dx_m"), number("dy_m")};
        if (op == "rotate_row")
            return RotateRow{rows().front()};
        if (op == "add_rack") {
            AddRack a;
            a.row = rows().front();
            if (m_op.contains("like"))
                a.likeRack = rack(m_op.at("like").get<std::string>());
            if (m_op.contains("platform"))
                a.platform = m_op.at("platform").get<std::string>();
            if (m_op.contains("x_m"))
                a.xM = m_op.at("x_m").get<double>();
            return a;
        }
        if (op == "add_row")
            return AddRow{row(m_op.at("like").get<std::string>()), number("dx_m"), number("dy_m")};
        if (op == "duplicate_rack")
            return DuplicateRacks{racks(), number("dx_m"), number("dy_m")};
        if (op == "delete_rack")
            return DeleteRacks{racks()};
        if (op == "delete_row")
            return DeleteRows{rows()};
        return SetInput{m_op.at("path").get<std::string>(), m_op.at("value").dump()};
    }

private:
    const json &m_op;
    std::size_t m_index;
    std::string m_name;
    const Design &m_design;
};

} // namespace

std::vector<json> readOpList(const std::string &text)
{
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error &e) {
        throw EditError(phrase(QT_TRANSLATE_NOOP("Finding", "not valid JSON: %1"), jsonError(e)));
    }
    if (!doc.is_array())
        throw EditError(phrase(QT_TRANSLATE_NOOP("Finding", "must be a JSON list of operations, e.g. [{\"op\": \"move_rack\", \"rack\": \"A01\", \"dx_m\": 0.6}]")));
    std::vector<json> ops;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const json &op = doc[i];
        if (!op.is_object())
            bad(i, "", phrase(QT_TRANSLATE_NOOP("Finding", "must be an object with an \"op\" field")));
        if (!op.contains("op") || !op.at("op").is_string())
            bad(i, "", phrase(QT_TRANSLATE_NOOP("Finding", "has no \"op\" (one of %1)"),
                             "move_rack, move_row, rotate_row, add_rack, add_row, duplicate_rack, delete_rack, delete_row, set"));
        const std::string name = op.at("op").get<std::string>();
        const auto shape = shapes().find(name);
        if (shape == shapes().end())
            bad(i, "", phrase(QT_TRANSLATE_NOOP("Finding", "unknown op '%1'"), name));
        for (const auto &[field, value] : op.items()) {
            if (field == "op")
                continue;
            const auto f = shape->second.fields.find(field);
            if (f == shape->second.fields.end())
                bad(i, name, phrase(QT_TRANSLATE_NOOP("Finding", "unknown field '%1'"), field));
            checkType(i, name, field, f->second, value);
        }
        for (const auto &group : shape->second.oneOf) {
            int given = 0;
            for (const std::string &field : group)
                given += op.contains(field) ? 1 : 0;
            if (given != 1) {
                // The group's fields, "rack or racks": the field names stay as typed.
                Phrase names = literal(group.front());
                for (std::size_t g = 1; g < group.size(); ++g)
                    names = phrase(QT_TRANSLATE_NOOP("Finding", "%1 or %2"), names, group[g]);
                bad(i, name, given == 0 ? phrase(QT_TRANSLATE_NOOP("Finding", "needs %1"), names)
                                        : phrase(QT_TRANSLATE_NOOP("Finding", "give only one of %1"), names));
            }
        }
        ops.push_back(op);
    }
    return ops;
}

Op resolveOp(const json &op, std::size_t index, const Design &design)
{
    return Resolver(op, index, design).resolve();
}

std::vector<Op> parseOps(const std::string &json, const Design &design)
{
    const std::vector<nlohmann::json> list = readOpList(json);
    std::vector<Op> ops;
    ops.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        ops.push_back(resolveOp(list[i], i, design));
    return ops;
}

const char *opName(const Op &op)
{
    static constexpr const char *names[] = {"move_rack",      "move_row",    "rotate_row", "add_rack", "add_row",
                                            "duplicate_rack", "delete_rack", "delete_row", "set"};
    return names[op.index()];
}

} // namespace hallwright::edit
