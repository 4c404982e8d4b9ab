<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutText</name>
    <message>
        <location filename="../app/gui/dialogs/about_dialog.cpp" line="+36"/>
        <source>&lt;h2&gt;Hallwright %1&lt;/h2&gt;&lt;p&gt;Plans AI data halls of 10,000 and more accelerators: racks and rows, the network fabric and every cable, power and cooling with redundancy, training time and the economics of leasing the capacity.&lt;/p&gt;&lt;p&gt;Every figure on screen is computed by the engine for the design as edited.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), Boost %3, SQLite %4, nlohmann/json %5 and fmt %6; the 3D view uses VTK (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hallwright %1&lt;/h2&gt;&lt;p&gt;规划 10,000 卡及以上的 AI 数据机房（万卡集群）：机柜与机柜行、网络组网与每一根线缆、带冗余的配电与制冷、训练时长，以及算力租赁的经济性。&lt;/p&gt;&lt;p&gt;屏幕上的每个数字都由引擎按当前编辑后的设计计算得出。&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL-3.0）、Boost %3、SQLite %4、nlohmann/json %5 和 fmt %6 构建；三维视图使用 VTK（BSD-3-Clause）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Hallwright</source>
        <translation>关于 Hallwright</translation>
    </message>
</context>
<context>
    <name>ActionTips</name>
    <message>
        <location filename="../app/gui/action_tips.cpp" line="+19"/>
        <source>Describe a hall (platform, accelerators, cooling, fabric, lease) and generate it</source>
        <translation>描述一个机房（平台、加速卡、制冷、网络、租赁）并生成它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .hall project</source>
        <translation>打开 .hall 项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundled hall of 10,240 accelerators, as a new untitled hall</source>
        <translation>随附的 10,240 卡机房，作为新的未命名机房打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hall to its file</source>
        <translation>将机房保存到其文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hall to a new file (a variant to compare with)</source>
        <translation>将机房保存为新文件（作为可对比的方案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the hall</source>
        <translation>关闭机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Hallwright</source>
        <translation>退出 Hallwright</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last edit</source>
        <translation>撤销上一步编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the edit last undone</source>
        <translation>重做上一步撤销的编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a rack, row or device by name</source>
        <translation>按名称查找机柜、机柜行或设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected racks and rows (Delete in the plan)</source>
        <translation>删除选中的机柜和机柜行（在平面图中按 Delete 键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole hall in the plan</source>
        <translation>在平面图中显示整个机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom into the plan</source>
        <translation>放大平面图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out of the plan</source>
        <translation>缩小平面图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the overhead cable trays on the plan</source>
        <translation>在平面图上绘制架空线缆桥架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the docks back where they were at the first start</source>
        <translation>将停靠面板恢复到首次启动时的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, licences and what Hallwright computes</source>
        <translation>版本、许可证以及 Hallwright 的计算内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Qt version Hallwright runs on</source>
        <translation>Hallwright 所用的 Qt 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan or the 3D view, as shown, to a PNG picture</source>
        <translation>将当前显示的平面图或三维视图写为 PNG 图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan and the 3D view side by side</source>
        <translation>并排显示平面图和三维视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan and the 3D view as tabs</source>
        <translation>以分页方式显示平面图和三维视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the hall from above</source>
        <translation>从上方俯视机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the hall from a corner, above</source>
        <translation>从斜上方的一角观察机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand in a cold aisle and look along it</source>
        <translation>站在冷通道中沿通道观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour racks by role: compute, leaf, spine, core, storage, management</source>
        <translation>按角色为机柜着色：计算、叶、脊、核心、存储、管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour racks by their load in kW</source>
        <translation>按负载（kW）为机柜着色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour racks by the cooling left before their limit</source>
        <translation>按距制冷上限的余量为机柜着色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour racks by scalable unit</source>
        <translation>按可扩展单元为机柜着色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a PDU, UPS, transformer, generator, switch or cooling unit to see what its failure takes down</source>
        <translation>选择 PDU、UPS、变压器、柴油发电机、交换机或制冷机组，查看其故障的影响范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leasing proposal as an A4 PDF in English</source>
        <translation>A4 英文 PDF 租赁方案书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leasing proposal as an A4 PDF in Simplified Chinese</source>
        <translation>A4 简体中文 PDF 租赁方案书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lease model as a workbook of live formulas (Excel, WPS, LibreOffice)</source>
        <translation>以公式实时计算的租赁模型工作簿（Excel、WPS、LibreOffice）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill of materials, cable, power and rack schedules as CSV files</source>
        <translation>物料清单以及线缆、配电、机柜清单（CSV 文件）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
</context>
<context>
    <name>CameraPresetText</name>
    <message>
        <location filename="../views/hall3d/camera_preset.cpp" line="+23"/>
        <source>Top</source>
        <translation>俯视</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric</source>
        <translation>等轴测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold aisle</source>
        <translation>冷通道</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../views/charts/chart_builders.cpp" line="+88"/>
        <source>million CNY</source>
        <translation>百万元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>million USD</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>NPV change, million CNY</source>
        <translation>净现值变化（百万元）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>NPV change, hundred million CNY</source>
        <translation>净现值变化（亿元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hundred million CNY</source>
        <translation>亿元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPV change, hundred million USD</source>
        <translation>净现值变化（亿美元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hundred million USD</source>
        <translation>亿美元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV change, hundred million %1</source>
        <translation>净现值变化（亿 %1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hundred million %1</source>
        <translation>亿 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NPV change, million USD</source>
        <translation>净现值变化（百万美元）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compute racks</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and other racks</source>
        <translation>网络及其他机柜</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Load by row (catalog maximum)</source>
        <translation>各行负载（目录最大值）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row</source>
        <translation>机柜行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating costs</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity cash flow</source>
        <translation>股权现金流</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative equity cash flow</source>
        <translation>累计股权现金流</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cash flow by year</source>
        <translation>逐年现金流</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Input −%1 %</source>
        <translation>输入 −%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input +%1 %</source>
        <translation>输入 +%1 %</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>IRR sensitivity (base %1)</source>
        <translation>内部收益率敏感性（基准 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV sensitivity (base %1; no IRR)</source>
        <translation>净现值敏感性（基准 %1；无内部收益率）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IRR change, percentage points</source>
        <translation>内部收益率变化（百分点）</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>NPV change, million %1</source>
        <translation>净现值变化（百万 %1）</translation>
    </message>
</context>
<context>
    <name>ColourModeText</name>
    <message>
        <location filename="../views/common/colour_modes.cpp" line="+73"/>
        <source>Rack role</source>
        <translation>机柜角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power density</source>
        <translation>功率密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling headroom</source>
        <translation>制冷余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scalable unit</source>
        <translation>可扩展单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure impact</source>
        <translation>故障影响</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rack role</source>
        <translation>机柜角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Power density</source>
        <translation>功率密度(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cooling headroom</source>
        <translation>制冷余量(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scalable unit</source>
        <translation>可扩展单元(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failure impact</source>
        <translation>故障影响(&amp;F)</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>under %1 kW</source>
        <translation>低于 %1 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 kW</source>
        <translation>%1–%2 kW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kW and more</source>
        <translation>%1 kW 及以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not analysed</source>
        <translation>未分析</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>over the cooling limit</source>
        <translation>超出制冷上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 % headroom</source>
        <translation>余量 %1–%2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % headroom or more</source>
        <translation>余量 %1 % 或更多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no cooling limit</source>
        <translation>无制冷上限</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>central racks (no SU)</source>
        <translation>中心机柜（不属于 SU）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SU %1</source>
        <translation>SU %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>taken dark</source>
        <translation>断电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk (over cooling left, or degraded)</source>
        <translation>有风险（制冷不足或降级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redundancy lost (running on one feed)</source>
        <translation>失去冗余（单路供电运行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed component</source>
        <translation>故障部件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unaffected</source>
        <translation>未受影响</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>select a component to fail</source>
        <translation>选择一个部件以模拟故障</translation>
    </message>
    <message>
        <location filename="../views/common/failure_highlight.cpp" line="+41"/>
        <source>rack PDU</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPP</source>
        <translation>远程配电柜（RPP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS module</source>
        <translation>UPS 模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRAH unit</source>
        <translation>精密空调（CRAH）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDU</source>
        <translation>冷量分配单元（CDU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 rack dark (%1 accelerators)</source>
        <translation>1 个机柜断电（%1 张加速卡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 racks dark (%2 accelerators)</source>
        <translation>%1 个机柜断电（%2 张加速卡）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 rack at risk (%1 accelerators)</source>
        <translation>1 个机柜有风险（%1 张加速卡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 racks at risk (%2 accelerators)</source>
        <translation>%1 个机柜有风险（%2 张加速卡）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 rack on one feed (redundancy lost)</source>
        <translation>1 个机柜单路供电（失去冗余）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 racks on one feed (redundancy lost)</source>
        <translation>%1 个机柜单路供电（失去冗余）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accelerators cut off from the fabric</source>
        <translation>%1 张加速卡与网络断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % of training capacity left</source>
        <translation>剩余 %1 % 的训练算力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>judged during a utility outage</source>
        <translation>按市电中断工况评估</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n elements over their rating</source>
        <translation>
            <numerusform>%n 个设备超出额定值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../core/report/csv_export.cpp" line="+29"/>
        <location line="+130"/>
        <source>cable</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>compute-node</source>
        <translation>计算节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch-panel</source>
        <translation>配线架</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+209"/>
        <source>pdu</source>
        <translation>配电单元</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>power</source>
        <translation>配电</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+207"/>
        <location line="+24"/>
        <location line="+62"/>
        <source>rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transceiver</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inband-mgmt</source>
        <translation>带内管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oob-mgmt</source>
        <translation>带外管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nvlink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node-leaf</source>
        <translation>节点至叶交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaf-spine</source>
        <translation>叶交换机至脊交换机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spine-core</source>
        <translation>脊交换机至核心交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+203"/>
        <source>busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>rpp</source>
        <translation>远程配电柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+204"/>
        <source>ups</source>
        <translation>不间断电源</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+203"/>
        <source>transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crah</source>
        <translation>精密空调</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cdu</source>
        <translation>冷量分配单元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chiller</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switchgear</source>
        <translation>开关柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mcc</source>
        <translation>电机控制中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battery</source>
        <translation>蓄电池柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dry-cooler</source>
        <translation>干冷器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump</source>
        <translation>水泵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leaf</source>
        <translation>叶交换机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spine</source>
        <translation>脊交换机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rear-door</source>
        <translation>背板换热器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core</source>
        <translation>核心交换机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>north</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>south</source>
        <translation>南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>storage-leaf</source>
        <translation>存储叶交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage-spine</source>
        <translation>存储脊交换机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>storage-core</source>
        <translation>存储核心交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inband</source>
        <translation>带内管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oob</source>
        <translation>带外管理</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1</source>
        <translation>机柜行 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+220"/>
        <source>part</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+219"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+58"/>
        <source>length_m</source>
        <translation>长度（m）</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit_price_cny</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total_cny</source>
        <translation>总价（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>price_basis</source>
        <translation>价格依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sourced</source>
        <translation>有来源</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>link_id</source>
        <translation>链路编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fabric</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a_row</source>
        <translation>A 端机柜行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a_rack</source>
        <translation>A 端机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a_grid</source>
        <translation>A 端地板网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a_u</source>
        <translation>A 端 U 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a_device</source>
        <translation>A 端设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a_port</source>
        <translation>A 端端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b_row</source>
        <translation>B 端机柜行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>b_rack</source>
        <translation>B 端机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b_grid</source>
        <translation>B 端地板网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>b_u</source>
        <translation>B 端 U 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>b_device</source>
        <translation>B 端设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>b_port</source>
        <translation>B 端端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium_description</source>
        <translation>介质说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gbps</source>
        <translation>速率（Gb/s）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>not in the catalog</source>
        <translation>不在目录中</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <location line="+62"/>
        <source>row</source>
        <translation>机柜行</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>feed</source>
        <translation>供电路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdu_part</source>
        <translation>配电单元型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rack_max_kw</source>
        <translation>机柜最大功率（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rack_design_kw</source>
        <translation>机柜设计功率（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feed_kw</source>
        <translation>本路负载（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pdu_continuous_kw</source>
        <translation>配电单元持续容量（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+62"/>
        <source>grid</source>
        <translation>地板网格</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+66"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>su</source>
        <translation>可扩展单元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_m</source>
        <translation>x（m）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y_m</source>
        <translation>y（m）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>width_m</source>
        <translation>宽度（m）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth_m</source>
        <translation>深度（m）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>facing</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>height_u</source>
        <translation>高度（U）</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>used_u</source>
        <translation>已用（U）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accelerators</source>
        <translation>加速卡数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>max_kw</source>
        <translation>最大功率（kW）</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>power_limit_kw</source>
        <translation>功率上限（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight_kg</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight_limit_kg</source>
        <translation>承重上限（kg）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>central</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>u_top</source>
        <translation>顶部 U 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>u_bottom</source>
        <translation>底部 U 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank panel</source>
        <translation>盲板</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../core/checks/cooling_rules.cpp" line="+28"/>
        <source>%1: %2 heat %3 kW exceeds the %4 kW of its %5 %6</source>
        <translation>%1：%2热负荷 %3 kW 超过其 %5 台%6的 %4 kW</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3 %4 needed, its %5 %6 move %7 %3</source>
        <translation>%1：需要 %2 %3 的%4，其 %5 台%6只能输送 %7 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: without its largest %2 unit the %3 %4 leave %5 kW / %6 %7 for %8 kW / %9 %7; cooling units must be N+1</source>
        <translation>%1：去掉最大的一台%2设备后，%3 台%4只剩 %5 kW / %6 %7，而需要 %8 kW / %9 %7；制冷设备必须 N+1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 of its %3 air units face the white space over %4 m of wall; without the largest they deliver %5 kW / %6 m³/s for %7 kW / %8 m³/s of air heat</source>
        <translation>%1：其 %3 台风冷设备中有 %2 台沿 %4 m 的墙面朝向机房；去掉最大的一台后只能送 %5 kW / %6 m³/s，而风冷热负荷为 %7 kW / %8 m³/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 stand behind them and move no air into the room (add units on more walls, in-row units, or cool with liquid)</source>
        <translation>%1；另有 %2 台位于其后，无法向机房送风（请在更多墙面布置设备、采用列间空调，或改用液冷）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (add units on more walls, in-row units, or cool with liquid)</source>
        <translation>%1（请在更多墙面布置设备、采用列间空调，或改用液冷）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 m³/s through a %3 × %4 m opening is %5 m/s, above the %6 m/s limit</source>
        <translation>%1：%2 m³/s 通过 %3 × %4 m 的开口，风速 %5 m/s，超过 %6 m/s 的限值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 m³/s through a %3 × %4 m opening is %5 m/s, above the %6 m/s coil face velocity</source>
        <translation>%1：%2 m³/s 通过 %3 × %4 m 的开口，风速 %5 m/s，超过 %6 m/s 的盘管迎面风速</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 kW of heat has no cooling zone to go to</source>
        <translation>%1 kW 的热负荷没有可归属的制冷区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>air units</source>
        <translation>风冷设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CDUs</source>
        <translation>冷量分配单元</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: if one rack&apos;s rear door fails, %2 kW of air heat reach the room, more than the %3 kW of its air units</source>
        <translation>%1：若一台机柜的背板换热器故障，将有 %2 kW 热量进入机房，超过其空调机组的 %3 kW</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rack %1 sends %2 kW to air, above the %3 kW air can cool in one rack</source>
        <translation>机柜 %1 向空气散热 %2 kW，超过单机柜风冷可承担的 %3 kW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rack %1 sends %2 kW to air, above %3 kW: it needs aisle containment</source>
        <translation>机柜 %1 向空气散热 %2 kW，超过 %3 kW：需要通道封闭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rack %1 sends %2 kW to air, above the %3 kW of its rear door: %4 kW reaches the room</source>
        <translation>机柜 %1 向空气散热 %2 kW，超过其背板换热器的 %3 kW：%4 kW 进入机房</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rack %1 produces %2 kW of heat, above its %3 kW cooling limit</source>
        <translation>机柜 %1 产生 %2 kW 热量，超过其 %3 kW 的制冷上限</translation>
    </message>
    <message>
        <location filename="../core/checks/floor_rules.cpp" line="+102"/>
        <source>rack %1 weighs %2 kg, above its %3 kg static load rating</source>
        <translation>机柜 %1 重 %2 kg，超过其 %3 kg 静载额定值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rack %1 puts %2 kg on %3 m² (rack and half its aisles): %4 kg/m², above the floor&apos;s %5 kg/m²</source>
        <translation>机柜 %1 在 %3 m²（机柜及其两侧通道各一半）上施加 %2 kg：%4 kg/m²，超过楼板的 %5 kg/m²</translation>
    </message>
    <message>
        <location filename="../core/checks/plant_rules.cpp" line="+31"/>
        <source>the hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: 1 mechanical load (%2 kW: %3) has no supply: no MCC, or a chain that reaches no transformer</source>
        <translation>%1：1 个机械负载（%2 kW：%3）无供电：没有电动机控制中心（MCC），或其供电链到不了变压器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 mechanical loads (%3 kW: %4) have no supply: no MCC, or a chain that reaches no transformer</source>
        <translation>%1：%2 个机械负载（%3 kW：%4）无供电：没有电动机控制中心（MCC），或其供电链到不了变压器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mcc %1 carries %2 kW of mechanical load, above its continuous rating %3 kW</source>
        <translation>电动机控制中心 %1 承载 %2 kW 机械负载，超过其连续额定值 %3 kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 carries %3 kW of mechanical load, above its rating %4 kW</source>
        <translation>%1 %2 承载 %3 kW 机械负载，超过其额定值 %4 kW</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generator bus %1 parallels %2 sets, above the %3 a paralleling system takes; split the sets over more buses</source>
        <translation>发电机母线 %1 并联 %2 台机组，超过并机系统可接的 %3 台；请把机组分到更多母线上</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 generator set (%1) carries a standby (ISO 8528-1 ESP) rating, which allows limited hours a year: a data hall needs prime or data-centre (DCP) rated sets</source>
        <translation>1 台柴油发电机组（%1）为备用功率（ISO 8528-1 ESP）额定，每年运行小时数受限：数据机房需要常用功率或数据中心持续功率（DCP）额定的机组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 generator sets (%2 …) carry a standby (ISO 8528-1 ESP) rating, which allows limited hours a year: a data hall needs prime or data-centre (DCP) rated sets</source>
        <translation>%1 台柴油发电机组（%2 …）为备用功率（ISO 8528-1 ESP）额定，每年运行小时数受限：数据机房需要常用功率或数据中心持续功率（DCP）额定的机组</translation>
    </message>
    <message>
        <location filename="../core/checks/power_rules.cpp" line="+18"/>
        <source>PDU %1 in rack %2</source>
        <translation>机柜 %2 的 PDU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busway %1</source>
        <translation>母线槽 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPP %1</source>
        <translation>列头柜 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPS system %1 (1 module)</source>
        <translation>不间断电源系统 %1（1 个模块）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS system %1 (%2 modules)</source>
        <translation>不间断电源系统 %1（%2 个模块）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transformer %1</source>
        <translation>变压器 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 generators</source>
        <translation>%1 台柴油发电机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its continuous rating %1 kW (%2 % of %3 kW)</source>
        <translation>其连续额定值 %1 kW（%3 kW 的 %2 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its rating %1 kW</source>
        <translation>其额定值 %1 kW</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>during a utility outage, losing %1 darkens 1 rack (%2 accelerators)</source>
        <translation>市电停电时，失去 %1 会使 1 个机柜断电（%2 个加速卡）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>during a utility outage, losing %1 darkens %2 racks (%3 accelerators)</source>
        <translation>市电停电时，失去 %1 会使 %2 个机柜断电（%3 个加速卡）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>losing %1 darkens 1 rack (%2 accelerators)</source>
        <translation>失去 %1 会使 1 个机柜断电（%2 个加速卡）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>losing %1 darkens %2 racks (%3 accelerators)</source>
        <translation>失去 %1 会使 %2 个机柜断电（%3 个加速卡）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2 kW) cannot carry the facility load of %3 kW during a utility outage</source>
        <translation>%1（%2 kW）在市电停电时带不动 %3 kW 的设施负载</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 carries %2 kW, above %3</source>
        <translation>%1 承载 %2 kW，超过%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>when %1 fails, %2 carries %3 kW, above %4</source>
        <translation>%1 故障时，%2 承载 %3 kW，超过%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when %1 fails, %2 carries %3 kW, above %4 (%5 redundancy)</source>
        <translation>%1 故障时，%2 承载 %3 kW，超过%4（%5 冗余）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the design has no generators: a utility outage darkens the hall once the UPS batteries run out (%1 expects N+1 generators)</source>
        <translation>设计中没有柴油发电机：市电停电后，不间断电源电池耗尽时整个机房断电（%1 要求 N+1 台发电机）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; %2 requires every rack to keep running</source>
        <translation>%1；%2 要求每个机柜都保持运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the rack has no working second feed</source>
        <translation>%1：该机柜没有可用的第二路供电</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>losing %1 (%2) cuts off %3 of %4 accelerators (%5 %), more than the %6 % one failure may take</source>
        <translation>失去 %1（%2）会切断 %4 个加速卡中的 %3 个（%5 %），超过单一故障允许的 %6 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>during a utility outage, %1</source>
        <translation>市电停电时，%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 components do)</source>
        <translation>%1（共 %2 个组件如此）</translation>
    </message>
    <message>
        <location filename="../core/layout/layout_checks.cpp" line="+110"/>
        <source>rack %1 lies outside the hall (%2 × %3 m)</source>
        <translation>机柜 %1 位于机房（%2 × %3 m）之外</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rack %1 stands on %2</source>
        <translation>机柜 %1 压在 %2 上</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>racks %1 and %2 overlap</source>
        <translation>机柜 %1 与 %2 重叠</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rack %1 faces the back of rack %2 across the aisle: it would draw %2&apos;s hot exhaust (rows across an aisle face each other, or turn their backs to each other)</source>
        <translation>机柜 %1 正对通道对面机柜 %2 的背面，会吸入 %2 的热排风（通道两侧的机柜行应正面相对或背面相对）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aisle in front of rack %1 is %2 m, needs %3 m</source>
        <translation>机柜 %1 前方通道宽 %2 m，需要 %3 m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aisle behind rack %1 is %2 m, hot aisles need %3 m</source>
        <translation>机柜 %1 后方通道宽 %2 m，热通道需要 %3 m</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 at U%2 (%3U) does not fit rack %4 of %5U</source>
        <translation>%1 位于 U%2（%3U），放不进 %5U 的机柜 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 share units in rack %3</source>
        <translation>%1 与 %2 在机柜 %3 中占用了相同的 U 位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rack %1 draws up to %2 kW, above its %3 kW limit</source>
        <translation>机柜 %1 最大功耗 %2 kW，超过其 %3 kW 上限</translation>
    </message>
    <message>
        <location filename="../core/network/cages.cpp" line="+278"/>
        <source>%1 cage(s) hold a fixed-end cable (DAC, ACC or AOC) while their ports go to different devices or cages; a cable cannot split: such a cage takes a twin-port transceiver and one fibre per port (first: %2)</source>
        <translation>%1 个笼位插着固定端线缆（DAC、ACC 或 AOC），但其端口连到不同设备或笼位；线缆无法分叉：此类笼位应使用双端口光模块，每个端口一根光纤（首个：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 end(s) of fixed-end cables do not match their cage (a single-port cable in a twin-port cage, or the reverse); the cage needs a cable or module that fills it (first: %2)</source>
        <translation>%1 个固定端线缆端头与其笼位不匹配（单端口线缆插在双端口笼位，或相反）；笼位需要能占满它的线缆或光模块（首个：%2）</translation>
    </message>
    <message>
        <location filename="../core/network/network_analysis.cpp" line="+28"/>
        <source>a link names a device the design does not have</source>
        <translation>链路指向设计中不存在的设备</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a port is used by more than one link</source>
        <translation>一个端口被多条链路使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a link has no routed cable (no tray path or no medium)</source>
        <translation>链路没有布放线缆（无桥架路径或无可用介质）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a cable is longer than its medium&apos;s reach</source>
        <translation>线缆长度超过其介质的传输距离</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 links like this)</source>
        <translation>%1（共 %2 条链路如此）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tray %1 carries %2 cables, %3 mm² in %4 mm² (%5 % of capacity)</source>
        <translation>桥架 %1 承载 %2 根线缆，占 %4 mm² 中的 %3 mm²（容量的 %5 %）</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>%1 compute port %2</source>
        <translation>%1 计算端口 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 compute NIC port of a placed node has no link to the fabric (%1)</source>
        <translation>1 个已布放节点的计算网卡端口没有连到网络（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 compute NIC ports of placed nodes have no link to the fabric (first: %2)</source>
        <translation>%1 个已布放节点的计算网卡端口没有连到网络（首个：%2）</translation>
    </message>
    <message>
        <location filename="../core/power/failure_impact.cpp" line="+45"/>
        <source>pdu</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rpp</source>
        <translation>列头柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ups</source>
        <translation>不间断电源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crah</source>
        <translation>精密空调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cdu</source>
        <translation>冷量分配单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>failure: no %1 with id %2 in the design</source>
        <translation>故障：设计中没有编号为 %2 的%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>failure: no switch with id %1 in the design</source>
        <translation>故障：设计中没有编号为 %1 的交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure: no switch with id %1 in the design (no network failure model)</source>
        <translation>故障：设计中没有编号为 %1 的交换机（没有网络故障模型）</translation>
    </message>
    <message>
        <location filename="../core/power/power_network.cpp" line="+120"/>
        <source>%1: unknown power catalog item &apos;%2&apos;</source>
        <translation>%1：未知的配电目录项 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/cooling/cooling_analysis.cpp" line="+225"/>
        <source>%1: catalog item &apos;%2&apos; is a %3, not a %4</source>
        <translation>%1：目录项 &apos;%2&apos; 是 %3，不是 %4</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>device &apos;%1&apos; is in rack %2, which does not exist</source>
        <translation>设备 &apos;%1&apos; 位于不存在的机柜 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDU &apos;%1&apos; in rack %2 has feed &apos;%3&apos;, expected A or B</source>
        <translation>机柜 %2 的 PDU &apos;%1&apos; 的供电路为 &apos;%3&apos;，应为 A 或 B</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDU &apos;%1&apos; in rack %2 is not connected to a busway or RPP</source>
        <translation>机柜 %2 的 PDU &apos;%1&apos; 未接到母线槽或列头柜</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 &apos;%2&apos;: upstream %3 is not power equipment of this design</source>
        <translation>%1 &apos;%2&apos;：上游 %3 不是本设计的配电设备</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &apos;%2&apos;: its upstream chain forms a cycle</source>
        <translation>%1 &apos;%2&apos;：其上游供电链形成环路</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>rack %1 has powered devices but no PDU</source>
        <translation>机柜 %1 有用电设备但没有 PDU</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 device uses unknown catalog item &apos;%1&apos; (%2 in rack %3); its load is not counted</source>
        <translation>1 台设备使用未知目录项 &apos;%1&apos;（机柜 %3 中的 %2）；其负载未计入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 devices use unknown catalog item &apos;%2&apos; (first: %3 in rack %4); their load is not counted</source>
        <translation>%1 台设备使用未知目录项 &apos;%2&apos;（首个：机柜 %4 中的 %3）；其负载未计入</translation>
    </message>
    <message>
        <location filename="../core/cooling/cooling_analysis.cpp" line="-92"/>
        <source>rear doors: catalog item &apos;%1&apos; is a %2, not a rear door</source>
        <translation>背板换热器：目录条目“%1”是 %2，不是背板换热器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rear doors: unknown cooling catalog item &apos;%1&apos;</source>
        <translation>背板换热器：未知的制冷目录条目“%1”</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1: unknown cooling catalog item &apos;%2&apos;</source>
        <translation>%1：未知的制冷目录项 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysis.cpp" line="+181"/>
        <source>lease.fx_cny_per_usd: needed to convert catalog CNY prices to %1</source>
        <translation>lease.fx_cny_per_usd：将目录人民币价格换算为 %1 时必须给出</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>lease.price_per_accelerator_hour: not given, and the catalog has no market price for platform %1</source>
        <translation>lease.price_per_accelerator_hour：未给出，且目录中没有平台 %1 的市场价格</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the stored brief no longer validates: %1</source>
        <translation>保存的设计任务书已不再有效：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Training time not estimated: %1</source>
        <translation>未估算训练时间：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 accelerators sit idle in the chosen layout (the global batch, or the fixed layout, has fewer replicas than the cluster can hold)</source>
        <translation>在所选并行布局下，%2 个加速卡中有 %1 个闲置（全局批量或固定布局的副本数少于集群可容纳的数量）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the catalog has no price for %1 placed item kinds (first: %2); capex is not estimated</source>
        <translation>目录中有 %1 种已布放物料没有价格（首个：%2）；未估算资本支出</translation>
    </message>
    <message>
        <location filename="../core/edit/edit_plan.cpp" line="+170"/>
        <location line="+141"/>
        <location line="+20"/>
        <location line="+29"/>
        <location line="+47"/>
        <source>unknown row id %1</source>
        <translation>未知机柜行编号 %1</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>x_m must be a finite number</source>
        <translation>x_m 必须是有限数值</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+74"/>
        <location line="+33"/>
        <location line="+104"/>
        <source>unknown rack id %1</source>
        <translation>未知机柜编号 %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>give a rack to copy or a catalog platform</source>
        <translation>请给出要复制的机柜或目录中的平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown platform &apos;%1&apos; (see hallwright-cli catalog)</source>
        <translation>未知平台 &apos;%1&apos;（见 hallwright-cli catalog）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a %1 node (%2 kW, %3U) does not fit a %4U rack of %5 kW</source>
        <translation>%1 节点（%2 kW，%3U）装不进 %4U、%5 kW 的机柜</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+22"/>
        <location line="+52"/>
        <location line="+20"/>
        <source>dx_m and dy_m must be finite numbers</source>
        <translation>dx_m 和 dy_m 必须是有限数值</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>no rack to move</source>
        <translation>没有要移动的机柜</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no row to move</source>
        <translation>没有要移动的机柜行</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>give the row to copy</source>
        <translation>请给出要复制的机柜行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no rack to duplicate</source>
        <translation>没有要复制的机柜</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no rack to delete</source>
        <translation>没有要删除的机柜</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no row to delete</source>
        <translation>没有要删除的机柜行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>set is applied by regenerating the design</source>
        <translation>set 通过重新生成设计来应用</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rack %1 would draw up to %2 kW, above its %3 kW limit</source>
        <translation>机柜 %1 的最大功耗将达 %2 kW，超过其 %3 kW 上限</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rack %1 would stand on %2</source>
        <translation>机柜 %1 将压在 %2 上</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+60"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is given twice</source>
        <translation>%1 给出了两次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option %1 (see --help)</source>
        <translation>未知选项 %1（参见 --help）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <location filename="../core/store/project_reader.cpp" line="+136"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <location line="+12"/>
        <source>is a directory, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot be opened for reading: %1</source>
        <translation>无法打开读取：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>is %1 bytes; a brief is at most %2 bytes</source>
        <translation>大小为 %1 字节；任务书最多 %2 字节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>changed while it was read</source>
        <translation>读取过程中发生了变化</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is a project file (.hall), not a brief</source>
        <translation>是项目文件（.hall），不是任务书</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot be written (%1); %2 was not written</source>
        <translation>无法写入（%1）；未写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/catalog_command.cpp" line="+68"/>
        <location filename="../app/cli/cli_commands.cpp" line="+10"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="+3"/>
        <source>--out FILE.hall is required</source>
        <translation>必须给出 --out FILE.hall</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give either --brief or --accelerators/--platform/--cooling, not both</source>
        <translation>请给出 --brief 或 --accelerators/--platform/--cooling，不能同时给出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --brief BRIEF.json or --accelerators N</source>
        <translation>请给出 --brief BRIEF.json 或 --accelerators N</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the accelerator count must be a whole number</source>
        <translation>加速卡数量必须是整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be air or liquid</source>
        <translation>必须为 air 或 liquid</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+136"/>
        <source>is the same file as the input %1; choose another --out</source>
        <translation>与输入 %1 是同一个文件；请另选 --out</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+15"/>
        <location filename="../app/cli/export_command.cpp" line="+37"/>
        <location filename="../app/cli/render_command.cpp" line="+56"/>
        <source>give exactly one INPUT (a .hall project or a brief .json)</source>
        <translation>请给出且只给出一个 INPUT（.hall 项目或任务书 .json）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give two or more INPUTs (.hall projects or brief .json files); the first is the baseline</source>
        <translation>请给出两个或更多 INPUT（.hall 项目或任务书 .json 文件）；第一个为基准</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no training estimate or lease result to compare (needs a brief, priced items and a PUE)</source>
        <translation>没有可比较的训练估算或租赁结果（需要任务书、带价格的设备和 PUE）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>give exactly one INPUT (a .hall project or a brief .json); see edit --help</source>
        <translation>请给出且只给出一个 INPUT（.hall 项目或任务书 .json）；参见 edit --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--ops OPS.json is required</source>
        <translation>必须给出 --ops OPS.json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out OUT.hall is required</source>
        <translation>必须给出 --out OUT.hall</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/edit/ops_json.cpp" line="+48"/>
        <source>ops[%1] (%2): %3</source>
        <translation>ops[%1]（%2）：%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+31"/>
        <source>unknown command (see hallwright-cli --help)</source>
        <translation>未知命令（参见 hallwright-cli --help）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/export_command.cpp" line="-16"/>
        <source>is the same file as the input; choose another output</source>
        <translation>与输入是同一个文件；请另选输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory; give a file name</source>
        <translation>是文件夹；请给出文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder is not a directory</source>
        <translation>所在路径不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give --pdf OUT.pdf, --xlsx OUT.xlsx or --csv DIR (or several)</source>
        <translation>请给出 --pdf OUT.pdf、--xlsx OUT.xlsx 或 --csv DIR（可多项）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be en or zh_CN</source>
        <translation>必须为 en 或 zh_CN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has no lease result to put in a workbook (it needs a brief, priced items and a PUE)</source>
        <translation>没有可写入租赁测算表的租赁结果（需要任务书、带价格的设备和 PUE）</translation>
    </message>
    <message>
        <location filename="../app/cli/export_pdf_unavailable.cpp" line="+12"/>
        <source>this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF); rebuild with it on to make PDF proposals</source>
        <translation>此 hallwright-cli 构建时未包含视图（HALLWRIGHT_BUILD_GUI=OFF）；请开启后重新构建以生成 PDF 方案书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF), which hold the translations; rebuild with it on for a Chinese workbook</source>
        <translation>此 hallwright-cli 构建时未包含视图（HALLWRIGHT_BUILD_GUI=OFF），译文在视图中；要生成中文租赁测算表，请开启该选项重新构建</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF), which hold the translations; rebuild with it on for Chinese schedules</source>
        <translation>此 hallwright-cli 构建时未包含视图（HALLWRIGHT_BUILD_GUI=OFF），而译文在视图中；请打开该选项重新构建以生成中文清单</translation>
    </message>
    <message>
        <location filename="../app/cli/render_command.cpp" line="-27"/>
        <source>must be WIDTHxHEIGHT in pixels, e.g. 1600x1000</source>
        <translation>必须为以像素计的 宽x高，例如 1600x1000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each side must be 16 to %1 pixels</source>
        <translation>每边必须为 16 到 %1 像素</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be role, power, cooling or su</source>
        <translation>必须为 role、power、cooling 或 su</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--png OUT.png is required</source>
        <translation>必须给出 --png OUT.png</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be top, iso or aisle</source>
        <translation>必须为 top、iso 或 aisle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is the same file as the input; choose another --png</source>
        <translation>与输入是同一个文件；请另选 --png</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: rendering needs an X display with OpenGL; without a desktop run it under a virtual one, e.g. xvfb-run -a hallwright-cli render INPUT --png OUT.png</source>
        <translation>%1：渲染需要支持 OpenGL 的 X 显示；没有桌面时请在虚拟显示下运行，例如 xvfb-run -a hallwright-cli render INPUT --png OUT.png</translation>
    </message>
    <message>
        <location filename="../app/cli/render_unavailable.cpp" line="+10"/>
        <source>this hallwright-cli was built without the 3D view (HALLWRIGHT_BUILD_GUI=OFF); rebuild with it on to render pictures</source>
        <translation>此 hallwright-cli 构建时未包含三维视图（HALLWRIGHT_BUILD_GUI=OFF）；请开启后重新构建以渲染图片</translation>
    </message>
    <message>
        <location filename="../core/layout/layout.cpp" line="+336"/>
        <source>compute.platform: unknown platform &apos;%1&apos;</source>
        <translation>compute.platform：未知平台 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>catalog: rack types &apos;%1&apos; and &apos;%2&apos; are needed for the layout</source>
        <translation>目录：布局需要机柜类型 &apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>catalog: node &apos;%1&apos; lacks accelerators, power or height</source>
        <translation>目录：节点 &apos;%1&apos; 缺少加速卡数、功率或高度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cooling.mode: %1 is liquid-cooled and cannot be air-cooled</source>
        <translation>cooling.mode：%1 为液冷，不能采用风冷</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compute.nodes_per_rack: %1 is a rack-scale system, one per rack, got %2</source>
        <translation>compute.nodes_per_rack：%1 是整机柜系统，每柜一台，实际为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compute.platform: %1 draws %2 kW, above the %3 kW rack limit</source>
        <translation>compute.platform：%1 功率 %2 kW，超过 %3 kW 的机柜上限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>compute.nodes_per_rack: %1 × %2U does not fit %3U of usable rack space</source>
        <translation>compute.nodes_per_rack：%1 × %2U 放不进 %3U 的机柜可用空间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compute.nodes_per_rack: %1 × %2 kW = %3 kW exceeds the %4 kW air-cooled rack limit</source>
        <translation>compute.nodes_per_rack：%1 × %2 kW = %3 kW，超过风冷机柜 %4 kW 的上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute.nodes_per_rack: %1 × %2 kW = %3 kW exceeds the %4 kW liquid-cooled rack limit</source>
        <translation>compute.nodes_per_rack：%1 × %2 kW = %3 kW，超过液冷机柜 %4 kW 的上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>compute.platform: one %1 (%2 kW, %3U) exceeds the %4 kW rack limit</source>
        <translation>compute.platform：一台 %1（%2 kW，%3U）即超过 %4 kW 的机柜上限</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>hall: %1 × %2 m is too small for %3 racks; the layout needs at least %4 (leave hall.width_m and hall.depth_m null to size the hall automatically)</source>
        <translation>机房：%1 × %2 m 放不下 %3 个机柜；布局至少需要 %4（将 hall.width_m 和 hall.depth_m 设为 null 可自动确定机房尺寸）</translation>
    </message>
    <message>
        <location filename="../core/network/rack_needs.cpp" line="+20"/>
        <source>%1 switch &apos;%2&apos; is not in the catalog</source>
        <translation>%1交换机 &apos;%2&apos; 不在目录中</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>%1: one item of %2U and %3 kW does not fit an empty %4U rack (%5 units reserved) of %6 kW</source>
        <translation>%1：一台 %2U、%3 kW 的设备放不进一个空的 %4U 机柜（预留 %5U），机柜功率 %6 kW</translation>
    </message>
    <message>
        <location filename="../core/network/synthesis.cpp" line="+111"/>
        <source>%1: no network rack to hold %2</source>
        <translation>%1：没有可容纳 %2 的网络机柜</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no room for %2 (%3U, %4 kW): the equipment needs %5U and %6 kW in all; the %7 rack(s) have %8U and %9 kW left</source>
        <translation>%1：放不下 %2（%3U，%4 kW）：设备共需 %5U 和 %6 kW；%7 个机柜只剩 %8U 和 %9 kW</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>node &apos;%1&apos;: no scalable unit (su) set</source>
        <translation>节点 &apos;%1&apos;：未设定可扩展单元（su）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node &apos;%1&apos;: not in a rack of the design</source>
        <translation>节点 &apos;%1&apos;：不在设计中的任何机柜内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node &apos;%1&apos;: unknown catalog id &apos;%2&apos;</source>
        <translation>节点 &apos;%1&apos;：未知目录编号 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>design has no compute nodes to connect</source>
        <translation>设计中没有可连接的计算节点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>node SU index %1 is out of range</source>
        <translation>节点的可扩展单元序号 %1 超出范围</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SU %1 holds %2 nodes, more than nodes_per_su %3</source>
        <translation>可扩展单元 %1 有 %2 个节点，超过 nodes_per_su %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>node &apos;%1&apos; (%2) has %3 compute NICs, the fabric expects %4</source>
        <translation>节点 &apos;%1&apos;（%2）有 %3 块计算网卡，网络需要 %4 块</translation>
    </message>
    <message>
        <location filename="../core/power/plant_synthesis.cpp" line="+61"/>
        <source>plant: the design has no power zone for the mechanical plant&apos;s switchgear</source>
        <translation>机电设备：设计中没有可放置机械设备开关柜的配电区</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>plant: the catalog has no %1 for %2 kW of heat</source>
        <translation>机电设备：目录中没有能处理 %2 kW 热量的%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plant: the catalog has no pump set for the heat-rejection loop</source>
        <translation>机电设备：目录中没有用于散热回路的水泵机组</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>plant: the catalog has no MCC or transformer to feed the mechanical plant</source>
        <translation>机电设备：目录中没有为机械设备供电的电动机控制中心（MCC）或变压器</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>plant: the catalog has no UPS for the CDU pumps</source>
        <translation>机电设备：目录中没有为冷量分配单元水泵供电的不间断电源（UPS）</translation>
    </message>
    <message>
        <location filename="../core/power/power_synthesis.cpp" line="+37"/>
        <source>power: the catalog has no %1 (power item of kind &quot;%2&quot;)</source>
        <translation>配电：目录中没有%1（种类为 &quot;%2&quot; 的配电设备）</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>power: the catalog has no generator with a prime or data-centre (DCP) rating (ISO 8528-1 &quot;rating&quot;: &quot;prime&quot; or &quot;data-centre&quot;); standby sets cannot carry a hall</source>
        <translation>配电：目录中没有主用或数据中心持续（DCP）功率的柴油发电机（ISO 8528-1 &quot;rating&quot;: &quot;prime&quot; 或 &quot;data-centre&quot;）；备用功率机组不能长期承载机房</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>power: the design has no power zone for UPS, transformers and generators</source>
        <translation>配电：设计中没有可放置不间断电源、变压器和柴油发电机的配电区</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>device &apos;%1&apos;: rack %2 does not exist</source>
        <translation>设备 &apos;%1&apos;：机柜 %2 不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rack %1: device &apos;%2&apos; has unknown catalog item &apos;%3&apos;</source>
        <translation>机柜 %1：设备 &apos;%2&apos; 使用未知目录项 &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>rack %1: row %2 does not exist, so no busway can reach it</source>
        <translation>机柜 %1：机柜行 %2 不存在，母线槽无法到达</translation>
    </message>
    <message>
        <location filename="../core/cooling/cooling_synthesis.cpp" line="+99"/>
        <source>cooling: %1 kW of heat has no cooling zone to go to</source>
        <translation>制冷：%1 kW 的热量没有可归属的制冷区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cooling: the catalog has no CRAH or fan-wall unit</source>
        <translation>制冷：目录中没有精密空调（CRAH）或风墙机组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooling: the catalog has no CDU for the liquid-cooled share</source>
        <translation>制冷：目录中没有用于液冷部分的冷量分配单元（CDU）</translation>
    </message>
    <message>
        <location filename="../core/edit/ops_json.cpp" line="-1"/>
        <source>ops[%1]: %2</source>
        <translation>ops[%1]：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 must be a non-empty string</source>
        <translation>%1 必须是非空字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a non-empty list of names</source>
        <translation>%1 必须是非空的名称列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a finite number (metres)</source>
        <translation>%1 必须是有限数值（米）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown rack &apos;%1&apos;</source>
        <translation>未知机柜 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown row &apos;%1&apos;</source>
        <translation>未知机柜行 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON list of operations, e.g. [{&quot;op&quot;: &quot;move_rack&quot;, &quot;rack&quot;: &quot;A01&quot;, &quot;dx_m&quot;: 0.6}]</source>
        <translation>必须是操作的 JSON 列表，例如 [{&quot;op&quot;: &quot;move_rack&quot;, &quot;rack&quot;: &quot;A01&quot;, &quot;dx_m&quot;: 0.6}]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object with an &quot;op&quot; field</source>
        <translation>必须是带 &quot;op&quot; 字段的对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no &quot;op&quot; (one of %1)</source>
        <translation>缺少 &quot;op&quot;（可选：%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown op &apos;%1&apos;</source>
        <translation>未知操作 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown field &apos;%1&apos;</source>
        <translation>未知字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give only one of %1</source>
        <translation>只能给出 %1 之一</translation>
    </message>
    <message>
        <location filename="../core/brief/brief.cpp" line="+55"/>
        <source>duplicate field</source>
        <translation>字段重复</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>empty input; expected a JSON object with &quot;schema&quot;: &quot;%1&quot;</source>
        <translation>输入为空；应为带 &quot;schema&quot;: &quot;%1&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>string %1</source>
        <translation>字符串 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boolean %1</source>
        <translation>布尔值 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1, got %2</source>
        <translation>必须是%1，实际为%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/brief/brief_check.cpp" line="+71"/>
        <source>must be a finite number, got %1</source>
        <translation>必须是有限数值，实际为 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>is too large, got %1</source>
        <translation>过大，实际为 %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a whole number, got %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+83"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of %1, got &quot;%2&quot;</source>
        <translation>必须是 %1 之一，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+95"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field (known fields: %1)</source>
        <translation>未知字段（已知字段：%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field (known fields of %1: %2)</source>
        <translation>未知字段（%1 的已知字段：%2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>missing; a brief starts with &quot;schema&quot;: &quot;%1&quot;</source>
        <translation>缺失；任务书以 &quot;schema&quot;: &quot;%1&quot; 开头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported &quot;%1&quot;; this version reads &quot;%2&quot;</source>
        <translation>不支持 &quot;%1&quot;；此版本读取 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must not be empty (omit it or use null for the default)</source>
        <translation>不能为空（省略或设为 null 即使用默认值）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;auto&quot;, 2 or 3</source>
        <translation>&quot;auto&quot;、2 或 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/brief/brief_resolve.cpp" line="+239"/>
        <source>must be &quot;auto&quot;, 2 or 3, got %1</source>
        <translation>必须为 &quot;auto&quot;、2 或 3，实际为 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a number or a non-empty list of numbers, one a year</source>
        <translation>必须是一个数字或非空的数字列表（每年一个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a number or a list of numbers, one a year</source>
        <translation>一个数字或数字列表（每年一个）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>false, true, &quot;none&quot;, &quot;selective&quot; or &quot;full&quot;</source>
        <translation>false、true、&quot;none&quot;、&quot;selective&quot; 或 &quot;full&quot;</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/brief/brief_check.cpp" line="-32"/>
        <source>brief</source>
        <translation>任务书</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/store/project_store.cpp" line="+28"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be greater than %1, got %2</source>
        <translation>必须大于 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>must be at least %1, got %2</source>
        <translation>必须至少为 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>must be less than %1, got %2</source>
        <translation>必须小于 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>must be at most %1, got %2</source>
        <translation>不得超过 %1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../core/brief/brief_resolve.cpp" line="-109"/>
        <source>%1, … (%2 in all)</source>
        <translation>%1 等，共 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none in the catalog</source>
        <translation>目录中没有</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/catalog/catalog_json.cpp" line="+63"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 bytes long, got %2</source>
        <translation>长度不得超过 %1 字节，实际为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain control characters (such as a line break)</source>
        <translation>不能包含控制字符（如换行）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown platform &quot;%1&quot;; valid ids: %2</source>
        <translation>未知平台 &quot;%1&quot;；可用平台 ID：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalog node &quot;%1&quot; has no accelerators per node</source>
        <translation>目录节点 &quot;%1&quot; 未给出每节点加速卡数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a rack-scale system, so this must be 1, got %2</source>
        <translation>%1 是整机柜系统，此值必须为 1，实际为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 nodes of %2U (%3) need %4U, more than the tallest catalog rack (%5U)</source>
        <translation>%1 台 %2U 的节点（%3）需要 %4U，超过目录中最高的机柜（%5U）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>catalog node &quot;%1&quot; has no compute NIC speed</source>
        <translation>目录节点 &quot;%1&quot; 未给出计算网卡速率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the default switch &quot;%1&quot; for %2 Gb/s NICs is not in the catalog; name one of: %3</source>
        <translation>%2 Gb/s 网卡的默认交换机 &quot;%1&quot; 不在目录中；请指定以下之一：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown switch &quot;%1&quot;; valid ids: %2</source>
        <translation>未知交换机 &quot;%1&quot;；可用交换机 ID：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an %2 switch, but the compute NICs of %3 speak only %4; name an %5 switch or omit fabric.switch</source>
        <translation>%1 是 %2 交换机，但 %3 的计算网卡只支持 %4；请指定 %5 交换机，或省略 fabric.switch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalog switch &quot;%1&quot; has no port count or port speed</source>
        <translation>目录交换机 &quot;%1&quot; 未给出端口数或端口速率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Gb/s is faster than the %2 Gb/s ports of switch %3</source>
        <translation>%1 Gb/s 高于交换机 %3 的 %2 Gb/s 端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Gb/s is faster than the %2 Gb/s compute NIC of %3</source>
        <translation>%1 Gb/s 高于 %3 的 %2 Gb/s 计算网卡</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 Gb/s ports of switch %2 do not split into %3 Gb/s links</source>
        <translation>交换机 %2 的 %1 Gb/s 端口无法拆分为 %3 Gb/s 链路</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Gb/s gives switch %2 more ports than supported</source>
        <translation>%1 Gb/s 使交换机 %2 的端口数超出支持范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>switch %1 has only %2 ports at %3 Gb/s, got %4</source>
        <translation>交换机 %1 在 %3 Gb/s 下只有 %2 个端口，实际为 %4</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>tp x pp x dp = %1 exceeds the %2 accelerators of the cluster</source>
        <translation>tp x pp x dp = %1，超过集群的 %2 张加速卡</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a three-letter uppercase code such as CNY or USD, got &quot;%1&quot;</source>
        <translation>必须是三个大写字母的代码，如 CNY 或 USD，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &quot;CNY&quot; or &quot;USD&quot; (catalog prices are CNY; a USD lease converts them at fx_cny_per_usd), got &quot;%1&quot;</source>
        <translation>必须为 &quot;CNY&quot; 或 &quot;USD&quot;（目录价格为人民币；美元租约按 fx_cny_per_usd 换算），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when lease.currency is &quot;USD&quot; (CNY per USD, e.g. 7.1)</source>
        <translation>lease.currency 为 &quot;USD&quot; 时必须给出（每美元折合人民币，例如 7.1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be given together with lease.price_per_accelerator_hour (set one of them to null)</source>
        <translation>不能与 lease.price_per_accelerator_hour 同时给出（请将其中之一设为 null）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be one number or a list of lease.years (%1) numbers, got %2</source>
        <translation>必须是一个数字，或 lease.years（%1）个数字的列表，实际为 %2 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is required when lease.facility is &quot;colocation&quot;</source>
        <translation>lease.facility 为 &quot;colocation&quot; 时必须给出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be given when lease.facility is &quot;colocation&quot; (the hall is rented, not built)</source>
        <translation>lease.facility 为 &quot;colocation&quot; 时不能给出（机房是租用的，不是自建的）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is given but lease.facility is &quot;build&quot; (set facility to &quot;colocation&quot; or the price to null)</source>
        <translation>已给出，但 lease.facility 为 &quot;build&quot;（请将 facility 设为 &quot;colocation&quot;，或将价格设为 null）</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&quot;air&quot; cannot cool %1, which is liquid-cooled; use &quot;liquid&quot; or &quot;auto&quot;</source>
        <translation>&quot;air&quot; 无法冷却液冷的 %1；请使用 &quot;liquid&quot; 或 &quot;auto&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;liquid&quot; cannot cool %1, which is air-cooled only; use &quot;air&quot; or &quot;auto&quot;</source>
        <translation>&quot;liquid&quot; 无法冷却仅支持风冷的 %1；请使用 &quot;air&quot; 或 &quot;auto&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the catalog has no rear-door heat exchanger; use false or null</source>
        <translation>目录中没有背板换热器；请使用 false 或 null</translation>
    </message>
    <message>
        <location filename="../core/store/project_reader.cpp" line="-89"/>
        <source>damaged project file: %1</source>
        <translation>项目文件已损坏：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Hallwright project (%1)</source>
        <translation>不是 Hallwright 项目（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an SQLite database without the Hallwright application id</source>
        <translation>没有 Hallwright 应用标识的 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database of another application, application_id %1</source>
        <translation>其他应用程序的 SQLite 数据库，application_id 为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>written by a newer Hallwright (schema %1, this build reads up to %2)</source>
        <translation>由更新版本的 Hallwright 写入（架构 %1，此版本最高读取 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema version %1</source>
        <translation>架构版本 %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+7"/>
        <source>it is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+174"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>the file changed while it was read</source>
        <translation>读取过程中文件发生了变化</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated to %1 bytes</source>
        <translation>文件被截断，仅剩 %1 字节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid page size %1 in the header</source>
        <translation>文件头中的页大小 %1 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation>文件被截断（%1 字节不是 %2 字节页的整数倍）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>truncated (the header expects %1 bytes, the file has %2)</source>
        <translation>文件被截断（文件头应有 %1 字节，实际为 %2 字节）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the integrity check failed (SQLite reports: %1)</source>
        <translation>完整性检查失败（SQLite 报告：%1）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>cannot upgrade from schema %1: %2</source>
        <translation>无法从架构版本 %1 升级：%2</translation>
    </message>
    <message>
        <location filename="../core/store/project_writer.cpp" line="+278"/>
        <location line="+10"/>
        <location line="+8"/>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../core/lease/lease_model.cpp" line="+23"/>
        <source>%1: must be %2, got %3</source>
        <translation>%1：必须%2，实际为 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+71"/>
        <location line="+2"/>
        <location line="+278"/>
        <source>&gt;= 0</source>
        <translation>不小于 0</translation>
    </message>
    <message>
        <location line="-325"/>
        <location line="+29"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>in [1, 100]</source>
        <translation>在 [1, 100] 内</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+58"/>
        <source>lease.price_per_accelerator_hour: no price given (nor price_per_node_month)</source>
        <translation>lease.price_per_accelerator_hour：未给出价格（也未给出 price_per_node_month）</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+29"/>
        <source>in (-1, 10]</source>
        <translation>在 (-1, 10] 内</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+12"/>
        <source>in [0, 1]</source>
        <translation>在 [0, 1] 内</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <source>a list of lease.years numbers</source>
        <translation>是 lease.years 个数字的列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lease.colocation_price_per_kw_month: required when lease.facility is &quot;colocation&quot;</source>
        <translation>lease.colocation_price_per_kw_month：lease.facility 为 &quot;colocation&quot; 时必须给出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in [0, 10]</source>
        <translation>在 [0, 10] 内</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in [1, 10]</source>
        <translation>在 [1, 10] 内</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>lease.capex_total: not given, and no capex_per_node or catalog estimate to use</source>
        <translation>lease.capex_total：未给出，也没有可用的 capex_per_node 或目录估算</translation>
    </message>
    <message>
        <location filename="../core/lease/scenario.cpp" line="+24"/>
        <source>scenarios: at least one variant is needed</source>
        <translation>方案比较：至少需要一个方案</translation>
    </message>
    <message>
        <location filename="../core/lease/sensitivity.cpp" line="+152"/>
        <source>sweep.range: must be finite</source>
        <translation>sweep.range：必须是有限数值</translation>
    </message>
    <message>
        <location filename="../core/perf/collective.cpp" line="+17"/>
        <source>cluster.nicGbpsPerAccelerator: must be &gt; 0 for traffic between NVLink domains</source>
        <translation>cluster.nicGbpsPerAccelerator：NVLink 域之间有流量时必须大于 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cluster.scaleUpGBs: must be &gt; 0 for traffic inside an NVLink domain</source>
        <translation>cluster.scaleUpGBs：NVLink 域内有流量时必须大于 0</translation>
    </message>
    <message>
        <location filename="../core/perf/layout_search.cpp" line="+16"/>
        <source>training.parallelism: %1</source>
        <translation>training.parallelism：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tp %1 must divide the model&apos;s %2 attention heads</source>
        <translation>tp %1 必须能整除模型的 %2 个注意力头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pp %1 must be in [1, %2] (the model&apos;s layers)</source>
        <translation>pp %1 必须在 [1, %2] 内（模型层数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>virtual_stages must be &gt;= 1</source>
        <translation>virtual_stages 必须不小于 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pp x virtual_stages = %1 exceeds the model&apos;s %2 layers</source>
        <translation>pp x virtual_stages = %1，超过模型的 %2 层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>virtual_stages &gt; 1 needs pp &gt; 1</source>
        <translation>virtual_stages 大于 1 时 pp 必须大于 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>micro_batch must be &gt;= 1</source>
        <translation>micro_batch 必须不小于 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dp must be &gt;= 1</source>
        <translation>dp 必须不小于 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tp x pp x dp = %1 exceeds the cluster&apos;s %2 accelerators</source>
        <translation>tp x pp x dp = %1，超过集群的 %2 张加速卡</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dp %1 is larger than the global batch of %2 sequences (a replica would get no data)</source>
        <translation>dp %1 大于 %2 个序列的全局批量（有的副本将分不到数据）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no layout with the fixed members can run this batch on this cluster</source>
        <translation>在给定的固定并行维度下，没有能在此集群上运行该批量的并行布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the nearest layout, %1, needs %2 GB per accelerator, more than the %3 GB usable of %4 GB</source>
        <translation>最接近的布局 %1 每张加速卡需要 %2 GB，超过 %4 GB 中可用的 %3 GB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no parallel layout can run this batch on %1 accelerators</source>
        <translation>没有任何并行布局能在 %1 张加速卡上运行此批量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no parallel layout fits in memory: the nearest, %1, needs %2 GB per accelerator, more than the %3 GB usable of %4 GB; activation recompute (training.activation_recompute &quot;selective&quot; or &quot;full&quot;) or a higher ZeRO stage lowers it</source>
        <translation>没有任何并行布局能放入显存：最接近的布局 %1 每卡需要 %2 GB，超过 %4 GB 中可用的 %3 GB；激活重计算（training.activation_recompute 设为 &quot;selective&quot; 或 &quot;full&quot;）或更高的 ZeRO 阶段可降低显存占用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no parallel layout fits in memory: the nearest, %1, needs %2 GB per accelerator, more than the %3 GB usable of %4 GB</source>
        <translation>没有任何并行布局能放入显存：最接近的布局 %1 每卡需要 %2 GB，超过 %4 GB 中可用的 %3 GB</translation>
    </message>
    <message>
        <location filename="../core/perf/parallel_layout.cpp" line="+77"/>
        <source>training.gemm_efficiency: not given, and the accelerator has no catalog default</source>
        <translation>training.gemm_efficiency：未给出，且该加速卡在目录中没有默认值</translation>
    </message>
    <message>
        <location filename="../core/catalog/catalog_json.cpp" line="-16"/>
        <source>catalog: %1.%2: %3</source>
        <translation>目录：%1.%2：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+142"/>
        <source>out of range: %1</source>
        <translation>超出范围：%1</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>expected an integer &gt;= %1, got %2</source>
        <translation>应为不小于 %1 的整数，实际为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an integer &lt;= %1, got %2</source>
        <translation>应为不大于 %1 的整数，实际为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>unknown value %1 (expected %2)</source>
        <translation>未知取值 %1（应为 %2）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>expected an array of strings, got %1</source>
        <translation>应为字符串数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected strings, got %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+187"/>
        <source>%1 is listed twice</source>
        <translation>%1 列出了两次</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>expected an array of numbers, got %1</source>
        <translation>应为数字数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected a number, got %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a number &gt;= 0, got %1</source>
        <translation>应为不小于 0 的数字，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a number &gt; 0, got %1</source>
        <translation>应为大于 0 的数字，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a fraction between 0 and 1, got %1</source>
        <translation>应为 0 到 1 之间的比例，实际为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a ratio in (0, 1], got %1</source>
        <translation>应为 (0, 1] 内的比值，实际为 %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>expected an array of field names, got %1</source>
        <translation>应为字段名数组，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected field names, got %1</source>
        <translation>应为字段名，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a field of this section</source>
        <translation>%1 不是本节的字段</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is below bf16_dense_tflops</source>
        <translation>低于 bf16_dense_tflops</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exceeds max_kw</source>
        <translation>超过 max_kw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 0 for an air-cooled node</source>
        <translation>风冷节点必须为 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt; 0 for a liquid-cooled node</source>
        <translation>液冷节点必须大于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt; 0 when compute_nics &gt; 0</source>
        <translation>compute_nics 大于 0 时必须大于 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt; 0 when storage_nics &gt; 0</source>
        <translation>storage_nics 大于 0 时必须大于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 0 (no super-node) or at least 2</source>
        <translation>必须为 0（非超节点）或至少为 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must equal supernode_nodes x accelerators_per_node (%1) for a super-node, got %2</source>
        <translation>超节点必须等于 supernode_nodes x accelerators_per_node（%1），实际为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exceeds accelerators_per_node; a domain spanning several nodes needs supernode_nodes</source>
        <translation>超过 accelerators_per_node；跨多个节点的域需要 supernode_nodes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs supernode_nodes</source>
        <translation>需要 supernode_nodes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt; 0 when supernode_switch_racks &gt; 0</source>
        <translation>supernode_switch_racks 大于 0 时必须大于 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ports x port_gbps exceeds cages x cage_gbps</source>
        <translation>ports x port_gbps 超过 cages x cage_gbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt; 0 when uplinks &gt; 0</source>
        <translation>uplinks 大于 0 时必须大于 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a fibre medium needs a transceiver</source>
        <translation>光纤介质需要光模块</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>a %1 cable has no transceiver</source>
        <translation>%1 线缆没有光模块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a fibre cord carries one link (its module&apos;s links_per_module splits the cage)</source>
        <translation>一根光纤跳线承载一条链路（由光模块的 links_per_module 拆分端口笼）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be strictly ascending</source>
        <translation>必须严格递增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a stock length exceeds max_reach_m</source>
        <translation>有备货长度超过 max_reach_m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected 1 or 3, got %1</source>
        <translation>应为 1 或 3，实际为 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>catalog: %1: expected an array, got %2</source>
        <translation>目录：%1：应为数组，实际为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catalog: %1: expected an object, got %2</source>
        <translation>目录：%1：应为对象，实际为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must use only a-z, 0-9, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;</source>
        <translation>%1 只能使用 a-z、0-9、&apos;-&apos;、&apos;.&apos;、&apos;_&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate id %1</source>
        <translation>编号 %1 重复</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>catalog: duplicate key %1</source>
        <translation>目录：键 %1 重复</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>catalog: invalid JSON: %1</source>
        <translation>目录：JSON 无效：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>catalog: expected a JSON object, got %1</source>
        <translation>目录：应为 JSON 对象，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>catalog: missing &quot;schema&quot; (expected &quot;%1&quot;)</source>
        <translation>目录：缺少 &quot;schema&quot;（应为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalog: unsupported schema %1 (expected &quot;%2&quot;)</source>
        <translation>目录：不支持的架构 %1（应为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>catalog: unknown top-level field %1</source>
        <translation>目录：未知的顶层字段 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>catalog: description: expected a string</source>
        <translation>目录：description：应为字符串</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>catalog: nodes[%1].accelerator: unknown accelerator %2</source>
        <translation>目录：nodes[%1].accelerator：未知加速卡 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>catalog: media[%1].%2: unknown transceiver %3</source>
        <translation>目录：media[%1].%2：未知光模块 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catalog: media[%1].%2: transceiver %3 is for &quot;%4&quot; fibre, not %5</source>
        <translation>目录：media[%1].%2：光模块 %3 适用于 &quot;%4&quot; 光纤，而不是 %5</translation>
    </message>
    <message>
        <location filename="../core/report/lease_workbook.cpp" line="+82"/>
        <source>cannot create the workbook</source>
        <translation>无法创建租赁测算表</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the design has no lease result (it needs a brief, priced items and a PUE)</source>
        <translation>设计没有租赁测算结果（需要任务书、带价格的设备和 PUE）</translation>
    </message>
    <message>
        <location line="+517"/>
        <source>cannot create the workbook&apos;s sheets</source>
        <translation>无法创建测算表的工作表</translation>
    </message>
    <message>
        <location filename="../core/edit/regenerate.cpp" line="+15"/>
        <source>the design has no stored brief to regenerate from</source>
        <translation>设计中没有保存任务书，无法重新生成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the stored brief is not valid JSON: %1</source>
        <translation>保存的任务书不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the value is not valid JSON: %2</source>
        <translation>%1：该值不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: a brief path names fields joined by dots, e.g. power.redundancy</source>
        <translation>&apos;%1&apos;：任务书路径由以点连接的字段名组成，例如 power.redundancy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema: the brief schema cannot be set</source>
        <translation>schema：不能设置任务书架构</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 is not an object</source>
        <translation>%1：%2 不是对象</translation>
    </message>
    <message>
        <location filename="../core/report/summary.cpp" line="+125"/>
        <location line="+53"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Compute   %1 accelerators in %2 nodes (%3), %4 racks (%5 compute, %6 network)</source>
        <translation>计算      %1 张加速卡，%2 个节点（%3），%4 个机柜（计算 %5，网络 %6）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>          peak %1 PFLOP/s BF16 dense, FP8 %2</source>
        <translation>          峰值 %1 PFLOP/s（BF16 稠密），FP8 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network   tiers %1, switches leaf %2 spine %3 core %4, cables %5, bisection %6 Tb/s</source>
        <translation>网络      %1 层，交换机：叶 %2、脊 %3、核心 %4，线缆 %5 根，对分带宽 %6 Tb/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power     IT %1 kW, facility %2 kW, PUE %3, %4 MWh/year</source>
        <translation>配电      IT %1 kW，设施 %2 kW，PUE %3，每年 %4 MWh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cooling   heat %1 kW (air %2, liquid %3, rear doors %4), CRAH %5, CDU %6, rear doors on %7 racks</source>
        <translation>制冷      热负荷 %1 kW（风冷 %2，液冷 %3，背板换热器 %4），精密空调 %5 台，冷量分配单元 %6 台，%7 个机柜配备背板换热器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cooling   heat %1 kW (air %2, liquid %3), CRAH %4, CDU %5</source>
        <translation>制冷      热负荷 %1 kW（风冷 %2，液冷 %3），精密空调 %4 台，冷量分配单元 %5 台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training  %1 days at MFU %2</source>
        <translation>训练      %1 天，MFU %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × 10⁸ %2</source>
        <translation>%1 亿%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × 10⁴ %2</source>
        <translation>%1 万%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 M</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 M</source>
        <translation>%2 百万%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not within the lease term</source>
        <translation>租期内未回收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease     capex %1, NPV %2, IRR %3, payback %4</source>
        <translation>租赁      资本支出 %1，净现值 %2，内部收益率 %3，投资回收期 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks    %1 errors, %2 warnings</source>
        <translation>检查      %1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../views/hall3d/detail/x_display.cpp" line="+21"/>
        <source>DISPLAY is not set</source>
        <translation>未设置 DISPLAY 环境变量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the X display %1</source>
        <translation>无法打开 X 显示 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the X display %1 has no OpenGL (GLX)</source>
        <translation>X 显示 %1 不支持 OpenGL（GLX）</translation>
    </message>
    <message>
        <location filename="../core/checks/json_error.cpp" line="+28"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object key</source>
        <translation>对象键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>object separator</source>
        <translation>对象分隔符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true literal</source>
        <translation>true 字面量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false literal</source>
        <translation>false 字面量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null literal</source>
        <translation>null 字面量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>string literal</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number literal</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>end of input</source>
        <translation>输入结尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;[&apos;, &apos;{&apos;, or a literal</source>
        <translation>&apos;[&apos;、&apos;{&apos; 或字面量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown token</source>
        <translation>未知记号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;parse error&gt;</source>
        <translation>&lt;解析错误&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid literal</source>
        <translation>无效的字面量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid number; expected digit after &apos;-&apos;</source>
        <translation>无效的数字：&apos;-&apos; 之后应为数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid number; expected digit after &apos;.&apos;</source>
        <translation>无效的数字：&apos;.&apos; 之后应为数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid number; expected digit after exponent sign</source>
        <translation>无效的数字：指数符号之后应为数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid number; expected &apos;+&apos;, &apos;-&apos;, or digit after exponent</source>
        <translation>无效的数字：指数之后应为 &apos;+&apos;、&apos;-&apos; 或数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid string: missing closing quote</source>
        <translation>无效的字符串：缺少结束引号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid string: ill-formed UTF-8 byte</source>
        <translation>无效的字符串：UTF-8 字节格式错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid string: forbidden character after backslash</source>
        <translation>无效的字符串：反斜杠后为不允许的字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid string: &apos;\u&apos; must be followed by 4 hex digits</source>
        <translation>无效的字符串：&apos;\u&apos; 之后必须是 4 位十六进制数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF</source>
        <translation>无效的字符串：代理项 U+D800..U+DBFF 之后必须是 U+DC00..U+DFFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF</source>
        <translation>无效的字符串：代理项 U+DC00..U+DFFF 必须跟在 U+D800..U+DBFF 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid comment; expecting &apos;/&apos; or &apos;*&apos; after &apos;/&apos;</source>
        <translation>无效的注释：&apos;/&apos; 之后应为 &apos;/&apos; 或 &apos;*&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid comment; missing closing &apos;*/&apos;</source>
        <translation>无效的注释：缺少结束的 &apos;*/&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid BOM; must be 0xEF 0xBB 0xBF if given</source>
        <translation>无效的 BOM：如有，必须为 0xEF 0xBB 0xBF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid string: control character %1 (%2) must be escaped to %3</source>
        <translation>无效的字符串：控制字符 %1（%2）必须转义为 %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>syntax error while parsing %1</source>
        <translation>解析%1时出现语法错误</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected %1</source>
        <translation>意外的%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1; last read: &apos;%2&apos;</source>
        <translation>%1；最后读到 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 - %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 - %2; expected %3</source>
        <translation>%1：%2；应为%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>number overflow parsing &apos;%1&apos;</source>
        <translation>数字溢出：&apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../views/common/labels.cpp" line="+15"/>
        <source>Compute rack</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf rack</source>
        <translation>叶交换机机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine rack</source>
        <translation>脊交换机机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core rack</source>
        <translation>核心交换机机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage rack</source>
        <translation>存储机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management rack</source>
        <translation>管理机柜</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Compute racks</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf-switch racks</source>
        <translation>叶交换机机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine-switch racks</source>
        <translation>脊交换机机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core-switch racks</source>
        <translation>核心交换机机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage racks</source>
        <translation>存储机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management racks</source>
        <translation>管理机柜</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+140"/>
        <source>White space</source>
        <translation>主机房</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <source>Electrical room</source>
        <translation>配电室</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Cooling gallery</source>
        <translation>空调走廊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdoor yard</source>
        <translation>室外场地</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute node</source>
        <translation>计算节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patch panel</source>
        <translation>配线架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack PDU</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPP</source>
        <translation>远程配电柜（RPP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS module</source>
        <translation>UPS 模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRAH unit</source>
        <translation>精密空调（CRAH）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDU</source>
        <translation>冷量分配单元（CDU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiller</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switchgear</source>
        <translation>开关柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motor-control centre</source>
        <translation>电机控制中心（MCC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS battery cabinet</source>
        <translation>UPS 电池柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry cooler</source>
        <translation>干冷器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump set</source>
        <translation>水泵机组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute fabric</source>
        <translation>计算网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage fabric</source>
        <translation>存储网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-band management</source>
        <translation>带内管理网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-band management</source>
        <translation>带外管理网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NVLink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node – leaf</source>
        <translation>节点 – 叶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf – spine</source>
        <translation>叶 – 脊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine – core</source>
        <translation>脊 – 核心</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>North</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>South</source>
        <translation>南</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>central</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SU %1</source>
        <translation>SU %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Air cooling limit</source>
        <translation>风冷上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air velocity at the gallery opening</source>
        <translation>送风口风速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aisle too narrow</source>
        <translation>通道过窄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot and cold aisles mixed</source>
        <translation>冷热通道混流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rear door capacity</source>
        <translation>背板换热器容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rear door failure</source>
        <translation>背板换热器故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brief not valid</source>
        <translation>设计要求无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cable beyond its reach</source>
        <translation>线缆超出传输距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cable cannot split in its cage</source>
        <translation>线缆无法在笼位中分接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex incomplete</source>
        <translation>资本支出不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling shortfall</source>
        <translation>制冷不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling cannot reach the room</source>
        <translation>冷量无法送达机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device outside its rack</source>
        <translation>设备超出机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices overlap</source>
        <translation>设备重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Feed overloaded</source>
        <translation>供电回路过载</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Floor load</source>
        <translation>楼板荷载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generators on one bus</source>
        <translation>同一母线上的发电机组过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator rating</source>
        <translation>发电机组额定功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to a missing device</source>
        <translation>链路连接的设备不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link without a cable</source>
        <translation>链路无线缆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load without a supply</source>
        <translation>负载无供电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lease not evaluated</source>
        <translation>租赁未计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC without a link</source>
        <translation>网卡无链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port used twice</source>
        <translation>端口重复使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power chain broken</source>
        <translation>配电链路中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack cooling limit</source>
        <translation>机柜制冷上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack on an obstacle</source>
        <translation>机柜压在障碍物上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack outside the hall</source>
        <translation>机柜超出机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Racks overlap</source>
        <translation>机柜重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack overweight</source>
        <translation>机柜超重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack power limit</source>
        <translation>机柜功率上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack without power</source>
        <translation>机柜无供电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy not met</source>
        <translation>未满足冗余要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single feed</source>
        <translation>单路供电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single point of failure</source>
        <translation>单点故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle accelerators in training</source>
        <translation>训练中有闲置加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training time not estimated</source>
        <translation>未估算训练时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cable tray overfilled</source>
        <translation>桥架超填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item not in the catalog</source>
        <translation>目录中无此项</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>West cooling gallery</source>
        <translation>西侧空调走廊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>East cooling gallery</source>
        <translation>东侧空调走廊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North cooling gallery</source>
        <translation>北侧空调走廊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South cooling gallery</source>
        <translation>南侧空调走廊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central network row</source>
        <translation>中央网络机柜行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator yard</source>
        <translation>柴油发电机场地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiller yard</source>
        <translation>冷水机组场地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generators</source>
        <translation>柴油发电机组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1</source>
        <translation>机柜行 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 compute port %2</source>
        <translation>%1 计算端口 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 port %2</source>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lease price</source>
        <translation>租赁价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price change per year</source>
        <translation>每年价格变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax refund</source>
        <translation>退税</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colocation rent</source>
        <translation>托管租金</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../app/gui/dialogs/message_boxes.cpp" line="+30"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before %2?</source>
        <translation>在%2之前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes are lost if you do not save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;n&apos;t Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 hand edit</source>
        <translation>1 处手动编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hand edits</source>
        <translation>%1 处手动编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regenerate the hall?</source>
        <translation>重新生成机房？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing “%1” lays the hall out again from its brief and discards %2 made since it was last generated (racks and rows moved, added, turned or deleted).</source>
        <translation>更改“%1”会按任务书重新布置机房，并丢弃自上次生成以来所做的 %2（移动、添加、转向或删除的机柜与机柜行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo brings the edits back afterwards.</source>
        <translation>之后可用“撤销”找回这些编辑。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regenerate</source>
        <translation>重新生成(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../views/panels/brief_inputs.cpp" line="+41"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/panels/property_figures.cpp" line="+122"/>
        <source>Power and cooling</source>
        <translation>配电与制冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/panels/property_figures.cpp" line="-2"/>
        <location line="+49"/>
        <location line="+21"/>
        <location line="+57"/>
        <location line="+98"/>
        <source>Accelerators</source>
        <translation>加速卡数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oversubscription</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power redundancy</source>
        <translation>供电冗余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2N</source>
        <translation>2N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="-24"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Average load, share of nameplate</source>
        <translation>平均负载（占铭牌功率）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> CNY/kWh</source>
        <translation> 元/kWh</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/panels/property_figures.cpp" line="-137"/>
        <source>Cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rear doors</source>
        <translation>背板换热器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on every rack</source>
        <translation>每个机柜配备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>不配备</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model FLOPs utilization</source>
        <translation>模型算力利用率（MFU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per accelerator-hour</source>
        <translation>每加速卡小时价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog market price</source>
        <translation>目录市场价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contract length</source>
        <translation>租期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt share of capex</source>
        <translation>资本支出中的贷款比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location filename="../views/panels/property_figures.cpp" line="-177"/>
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2 continuous (%3)</source>
        <translation>%1 / 持续额定 %2（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>device %1 (not in the design)</source>
        <translation>设备 %1（不在设计中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · U%3 · port %4</source>
        <translation>%1 · %2 · U%3 · 端口 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+134"/>
        <source>Rack</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+76"/>
        <location line="+22"/>
        <location line="+32"/>
        <location line="+43"/>
        <location line="+64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-236"/>
        <location line="+139"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+72"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+138"/>
        <source>Scalable unit</source>
        <translation>可扩展单元</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+130"/>
        <location line="+3"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>South-west corner of the footprint</source>
        <translation>占地的西南角</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Footprint</source>
        <translation>占地尺寸</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+93"/>
        <location line="+81"/>
        <location line="+56"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Front faces</source>
        <translation>正面朝向</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rack units used</source>
        <translation>已用机柜 U 位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 U</source>
        <translation>%1 / %2 U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <location line="+24"/>
        <source>Load (catalog maximum)</source>
        <translation>负载（目录最大值）</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Power limit</source>
        <translation>功率上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling limit</source>
        <translation>制冷上限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cooling headroom</source>
        <translation>制冷余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <location line="+89"/>
        <source>Heat to air</source>
        <translation>散热至风冷</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+84"/>
        <location line="+81"/>
        <source>Heat to liquid</source>
        <translation>散热至液冷</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Taken by its rear door</source>
        <translation>其背板换热器带走</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feed %1: %2</source>
        <translation>馈线 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>via %1, %2, %3</source>
        <translation>经由 %1、%2、%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected racks</source>
        <translation>已选机柜</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+24"/>
        <location line="+152"/>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+38"/>
        <location line="+136"/>
        <source>Rows</source>
        <translation>机柜行</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+19"/>
        <location line="+79"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Origin</source>
        <translation>原点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>South-west corner of the row</source>
        <translation>该行的西南角</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Fronts face</source>
        <translation>正面朝向</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+126"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+126"/>
        <location line="+11"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Air cooling installed</source>
        <translation>已装风冷容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airflow needed</source>
        <translation>所需风量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air units installed / needed (N+1)</source>
        <translation>已装 / 所需空调台数（N+1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+83"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Heat to liquid and rear doors</source>
        <translation>液冷与背板换热器热量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDUs installed / needed (N+1)</source>
        <translation>已装 / 所需 CDU 台数（N+1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+43"/>
        <source>Catalog item</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>U%1–U%2 (%3 U)</source>
        <translation>U%1–U%2（%3 U）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zero-U, at the rear</source>
        <translation>零 U，安装于后部</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Feed</source>
        <translation>馈线</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Rail</source>
        <translation>导轨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum draw</source>
        <translation>最大功耗</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plugged into</source>
        <translation>接入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load, both feeds live</source>
        <translation>负载（双路馈线均带电）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cables (%1)</source>
        <translation>线缆（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port %1 · %2</source>
        <translation>端口 %1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fed from</source>
        <translation>供电来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 (%n modules)</source>
        <translation>
            <numerusform>%1（%n 个模块）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load, everything in service</source>
        <translation>负载（全部设备在运行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nameplate</source>
        <translation>铭牌额定值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cooling zone %1</source>
        <translation>制冷区 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units installed / needed (N+1)</source>
        <translation>已装 / 所需台数（N+1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cable</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabric</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not cabled</source>
        <translation>未布线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock length</source>
        <translation>标准长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End A</source>
        <translation>A 端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End B</source>
        <translation>B 端</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cable tray</source>
        <translation>线缆桥架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trunk</source>
        <translation>主干桥架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row tray</source>
        <translation>列桥架</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height above the floor</source>
        <translation>距地高度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Floor area</source>
        <translation>机房面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling</source>
        <translation>吊顶高度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IT load</source>
        <translation>IT 负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power</source>
        <translation>设施总功率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design checks</source>
        <translation>设计检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No hall open</source>
        <translation>未打开机房</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n racks</source>
        <translation>
            <numerusform>%n 个机柜</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rack %1</source>
        <translation>机柜 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cable %1</source>
        <translation>线缆 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cable tray %1</source>
        <translation>线缆桥架 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the design</source>
        <translation>不在设计中</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../views/panels/summary_panel.cpp" line="+57"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderText</name>
    <message>
        <location filename="../views/hall3d/hall_render.cpp" line="+43"/>
        <source>picture size %1×%2 is outside 1–%3 pixels a side</source>
        <translation>图片尺寸 %1×%2 超出每边 1–%3 像素的范围</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>OpenGL returned a %1×%2 picture instead of %3×%4</source>
        <translation>OpenGL 返回的图片为 %1×%2，而不是 %3×%4</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Failure of %1: %2</source>
        <translation>%1 故障：%2</translation>
    </message>
</context>
<context>
    <name>SummaryKey</name>
    <message>
        <location filename="../views/panels/summary_keys.cpp" line="+13"/>
        <source>schema</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak_pflops_bf16</source>
        <translation>BF16 峰值（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak_pflops_fp8</source>
        <translation>FP8 峰值（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute_racks</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network_racks</source>
        <translation>网络机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cables_total</source>
        <translation>线缆总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cable_length_m</source>
        <translation>线缆长度（m）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bisection_tbps</source>
        <translation>对分带宽（Tb/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oversubscription</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core</source>
        <translation>核心交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaf</source>
        <translation>叶交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spine</source>
        <translation>脊交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaf_spine</source>
        <translation>叶交换机至脊交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node_leaf</source>
        <translation>节点至叶交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spine_core</source>
        <translation>脊交换机至核心交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all_fabrics</source>
        <translation>全部网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bom_price_cny</source>
        <translation>物料清单金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fabrics</source>
        <translation>各网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inband_mgmt</source>
        <translation>带内管理网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oob_mgmt</source>
        <translation>带外管理网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>存储网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch_panels</source>
        <translation>配线架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power</source>
        <translation>配电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it_kw</source>
        <translation>IT 负载（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility_kw</source>
        <translation>设施总功率（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pue</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ups_kw</source>
        <translation>不间断电源容量（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual_mwh</source>
        <translation>年用电量（MWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat_kw</source>
        <translation>热负荷（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air_kw</source>
        <translation>风冷散热（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid_kw</source>
        <translation>液冷散热（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crah_units</source>
        <translation>精密空调台数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cdu_units</source>
        <translation>冷量分配单元台数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rear_doors</source>
        <translation>背板换热器台数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rear_door_kw</source>
        <translation>背板换热器热量（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total_flops</source>
        <translation>模型总 FLOPs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mfu</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>训练天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>global_batch_sequences</source>
        <translation>全局批大小（序列）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardware_flops</source>
        <translation>硬件 FLOPs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bubble_fraction</source>
        <translation>流水线气泡占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bubble_seconds</source>
        <translation>气泡时间（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute_seconds</source>
        <translation>计算时间（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data_comm_exposed_seconds</source>
        <translation>未掩盖的数据并行通信（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data_comm_seconds</source>
        <translation>数据并行通信（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data_parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hfu</source>
        <translation>硬件算力利用率（HFU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle_accelerators</source>
        <translation>空闲加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers_per_stage</source>
        <translation>每级层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory_per_accelerator_gb</source>
        <translation>每卡内存（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>micro_batch_size</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>micro_batches</source>
        <translation>微批数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline_comm_seconds</source>
        <translation>流水线通信（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline_parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank_order</source>
        <translation>rank 排列顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recomputed_layers_per_stage</source>
        <translation>每级重计算层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step_seconds</source>
        <translation>单步时间（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor_comm_seconds</source>
        <translation>张量并行通信（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor_parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual_stages</source>
        <translation>虚拟流水级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mfu_predicted</source>
        <translation>MFU 为预测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model_shape</source>
        <translation>模型结构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden</source>
        <translation>隐藏层维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sustained_pflops</source>
        <translation>持续算力（PFLOPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue_per_year</source>
        <translation>逐年收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net_profit_per_year</source>
        <translation>逐年净利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equity_cash_flows</source>
        <translation>股权现金流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>npv</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irr</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payback_years</source>
        <translation>投资回收期（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>break_even_price_per_accelerator_hour</source>
        <translation>每加速卡小时盈亏平衡价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex_lines</source>
        <translation>资本支出明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimated</source>
        <translation>估算值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit_price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depreciation_per_year</source>
        <translation>逐年折旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ebitda_per_year</source>
        <translation>逐年息税折旧摊销前利润（EBITDA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electricity_per_year</source>
        <translation>逐年电费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equity_outlay</source>
        <translation>股权投入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest_per_year</source>
        <translation>逐年利息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opex_per_year</source>
        <translation>逐年运营成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal_per_year</source>
        <translation>逐年还本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residual_value</source>
        <translation>残值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax_per_year</source>
        <translation>逐年税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bars</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base_value</source>
        <translation>基准值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver</source>
        <translation>因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high_value</source>
        <translation>高值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irr_high</source>
        <translation>高值时的内部收益率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>irr_low</source>
        <translation>低值时的内部收益率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low_value</source>
        <translation>低值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>npv_high</source>
        <translation>高值时的净现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>npv_low</source>
        <translation>低值时的净现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base_irr</source>
        <translation>基准内部收益率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base_npv</source>
        <translation>基准净现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delta</source>
        <translation>变动幅度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checks</source>
        <translation>设计检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failures</source>
        <translation>故障分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>component</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks_dark</source>
        <translation>断电机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>racks_over_limit</source>
        <translation>超限机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators_dark</source>
        <translation>断电加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators_at_risk</source>
        <translation>有风险的加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators_cut_off</source>
        <translation>与网络断开的加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sus_affected</source>
        <translation>受影响的 SU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerator_share_running</source>
        <translation>仍在运行的加速卡占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training_share_left</source>
        <translation>剩余训练算力占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch</source>
        <translation>交换机型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accelerators_degraded</source>
        <translation>降级运行的加速卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation_recompute</source>
        <translation>激活重计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation_recompute_used</source>
        <translation>采用的激活重计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex_lines_currency</source>
        <translation>资本支出明细币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>global_batch_default</source>
        <translation>全局批大小为默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>global_batch_tokens</source>
        <translation>全局批大小（token）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layouts_evaluated</source>
        <translation>评估的并行布局数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annuity_payment</source>
        <translation>等额年还款额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex_facility</source>
        <translation>设施资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex_it</source>
        <translation>IT 资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colocation_rent_per_year</source>
        <translation>逐年机房租金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colocation_price_per_kw_month</source>
        <translation>机房租金（每 kW·月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depreciation_facility_per_year</source>
        <translation>逐年设施折旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depreciation_it_per_year</source>
        <translation>逐年 IT 折旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dp</source>
        <translation>数据并行度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ebt_per_year</source>
        <translation>逐年税前利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility</source>
        <translation>设施方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility_book_value_at_end</source>
        <translation>期末设施账面价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility_capex_total</source>
        <translation>设施资本支出总额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facility_depreciation_years</source>
        <translation>设施折旧年限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fx_cny_per_usd</source>
        <translation>汇率（元/美元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gemm_efficiency</source>
        <translation>矩阵运算效率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gemm_efficiency_source</source>
        <translation>矩阵运算效率来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it_book_value_at_end</source>
        <translation>期末 IT 账面价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan_balance_repaid_at_end</source>
        <translation>期末偿还的贷款余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss_carried_forward_at_end</source>
        <translation>期末结转亏损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss_used_per_year</source>
        <translation>逐年弥补的亏损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory_budget_gb</source>
        <translation>内存预算（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>micro_batch</source>
        <translation>微批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlap_communication</source>
        <translation>通信与计算重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parallelism</source>
        <translation>并行方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parallelism_fixed</source>
        <translation>固定的并行度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline_comm_exposed_seconds</source>
        <translation>未掩盖的流水线通信（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pp</source>
        <translation>流水线并行度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price_change_per_year</source>
        <translation>价格年变化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price_estimated</source>
        <translation>价格为估算值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price_per_accelerator_hour</source>
        <translation>每加速卡小时价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price_source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resale_gain</source>
        <translation>转售收益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence_length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax_refund_per_year</source>
        <translation>逐年退税</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taxable_income_per_year</source>
        <translation>逐年应纳税所得额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor_comm_exposed_seconds</source>
        <translation>未掩盖的张量并行通信（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tp</source>
        <translation>张量并行度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utilization_per_year</source>
        <translation>逐年利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero_stage</source>
        <translation>ZeRO 阶段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>network.cables_total</source>
        <translation>计算网络线缆数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network.cable_length_m</source>
        <translation>计算网络线缆长度（m）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network.transceivers</source>
        <translation>计算网络光模块数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network.bom_price_cny</source>
        <translation>网络设备物料金额（元）</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../views/panels/summary_values.cpp" line="+80"/>
        <source>%1 : 1</source>
        <comment>oversubscription</comment>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDU</source>
        <translation>配电单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>selective</source>
        <comment>activation recomputation</comment>
        <translation>选择性重算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <comment>activation recomputation</comment>
        <translation>完全重算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>activation recomputation</comment>
        <translation>不重算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>facility</source>
        <comment>capex class</comment>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT</source>
        <comment>capex class</comment>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CNY</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the brief</source>
        <comment>where the lease price comes from</comment>
        <translation>任务书</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>a catalog item&apos;s name and its id</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not within the contract</source>
        <translation>合同期内无法收回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>, </source>
        <comment>between the values of a list</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../views/common/units.cpp" line="+28"/>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 × 10¹²</source>
        <comment>a count in 万亿</comment>
        <translation>%1 万亿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 10⁸</source>
        <comment>a count in 亿</comment>
        <translation>%1 亿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 10⁴</source>
        <comment>a count in 万</comment>
        <translation>%1 万</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 T</source>
        <comment>a count in trillions</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 B</source>
        <comment>a count in billions</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <comment>a count in millions</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CNY</source>
        <comment>currency word after an amount: 元</comment>
        <translation>元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <comment>currency word after an amount: 美元</comment>
        <translation>美元</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 × 10⁸ %2</source>
        <comment>money: amount in 亿, currency</comment>
        <translation>%1 亿%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 10⁴ %2</source>
        <comment>money: amount in 万, currency</comment>
        <translation>%1 万%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>%1 %2</source>
        <comment>money: amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 %2 bn</source>
        <translation>%1 %2 十亿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 M</source>
        <translation>%1 %2 百万</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 GWh</source>
        <translation>%1 GWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 m³/s</source>
        <translation>%1 m³/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 L/s</source>
        <translation>%1 L/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Tb/s</source>
        <translation>%1 Tb/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Gb/s</source>
        <translation>%1 Gb/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 PFLOPS</source>
        <translation>%1 PFLOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 t</source>
        <translation>%1 吨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../core/report/lease_workbook.cpp" line="-640"/>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total (CNY)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price basis</source>
        <translation>价格依据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No capex estimate: the catalog cannot price every placed item.</source>
        <translation>无资本支出估算：目录无法为每件已布置设备定价。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sourced</source>
        <translation>有出处</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total, IT class</source>
        <translation>合计，IT 类</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total, facility class</source>
        <translation>合计，设施类</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total capex estimate</source>
        <translation>资本支出估算合计</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{} per year</source>
        <translation>{}/年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CNY per unit of the lease currency</source>
        <translation>每单位租赁币种折合人民币</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 for CNY</source>
        <translation>人民币为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease term</source>
        <translation>租期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <location line="+20"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+199"/>
        <location line="+88"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location line="+64"/>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Compute nodes</source>
        <translation>计算节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per accelerator-hour (year 1)</source>
        <translation>每卡时价格（第 1 年）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+381"/>
        <source>{} per accelerator-hour</source>
        <translation>{}/卡·时</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>catalog market price (estimate)</source>
        <translation>目录市场价（估算）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog market price</source>
        <translation>目录市场价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per node-month (used instead when given)</source>
        <translation>每节点·月价格（给出时取代每卡时价格）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} per node-month</source>
        <translation>{}/节点·月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price change per year</source>
        <translation>每年价格变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share, compounded</source>
        <translation>比例，复合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilization (a yearly ramp is on the Cash flow sheet)</source>
        <translation>利用率（逐年爬坡见“现金流”表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of hours sold</source>
        <translation>售出小时占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax refund per year (a yearly list is on the Cash flow sheet)</source>
        <translation>每年退税（逐年列表见“现金流”表）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per year</source>
        <translation>每年小时数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT capex (nodes, network, racks, PDUs)</source>
        <translation>IT 资本支出（节点、网络、机柜、PDU）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capex per node</source>
        <translation>每节点资本支出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} per node</source>
        <translation>{}/节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capex_per_node × nodes</source>
        <translation>capex_per_node × 节点数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capex sheet, IT class (catalog estimate) / fx</source>
        <translation>“资本支出”表 IT 类（目录估算）/ 汇率</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>build or colocation</source>
        <translation>自建（build）或托管（colocation）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility capex (power and cooling plant, fit-out)</source>
        <translation>设施资本支出（配电与制冷设备、装修）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0: colocated (the host owns the building)</source>
        <translation>0：托管（建筑归机房方所有）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0: the brief&apos;s IT capex says nothing of the building</source>
        <translation>0：任务书的 IT 资本支出不含建筑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex sheet, facility class (catalog estimate) / fx</source>
        <translation>“资本支出”表设施类（目录估算）/ 汇率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Facility depreciation period (straight line)</source>
        <translation>设施折旧年限（直线法）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>Colocation rent</source>
        <translation>托管租金</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>{} per kW-month of IT load</source>
        <translation>{}/（IT 负载 kW·月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT load (catalog maximum)</source>
        <translation>IT 负载（目录最大值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average IT draw / maximum</source>
        <translation>IT 平均功耗 / 最大值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+126"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} per kWh</source>
        <translation>{}/kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electricity paid by</source>
        <translation>电费承担方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lessor or lessee</source>
        <translation>lessor（出租方）或 lessee（承租方）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;M per year</source>
        <translation>每年运维</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of total capex</source>
        <translation>占资本支出总额比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Other opex</source>
        <translation>其他运营支出</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Debt share of total capex</source>
        <translation>债务占资本支出总额比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+281"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Loan term</source>
        <translation>贷款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income tax rate</source>
        <translation>所得税率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of taxable income</source>
        <translation>占应纳税所得额比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax loss carry-forward</source>
        <translation>亏损结转年限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRC Enterprise Income Tax Law, art. 18</source>
        <translation>《中华人民共和国企业所得税法》第十八条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT depreciation period (straight line)</source>
        <translation>IT 折旧年限（直线法）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT resale value at the end</source>
        <translation>期末 IT 残值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of IT capex</source>
        <translation>占 IT 资本支出比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount rate (equity)</source>
        <translation>折现率（股权）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total capex</source>
        <translation>资本支出总额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT + facility</source>
        <translation>IT + 设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total capex × debt share</source>
        <translation>资本支出总额 × 贷款比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equity outlay (year 0)</source>
        <translation>股权投入（第 0 年）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>total capex − loan</source>
        <translation>资本支出总额 − 贷款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan instalment</source>
        <translation>贷款年还款额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annuity over the loan term</source>
        <translation>贷款期内等额年金</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IT resale value</source>
        <translation>IT 残值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT capex × resale share</source>
        <translation>IT 资本支出 × 残值比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colocation rent per year</source>
        <translation>每年托管租金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rent × IT kW × 12 when colocated</source>
        <translation>托管时：租金 × IT kW × 12</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lease inputs: {}</source>
        <translation>租赁输入：{}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow cells are inputs: change one and every figure of the Cash flow sheet follows.</source>
        <translation>黄色单元格为输入：修改任一项，“现金流”表中的所有数字随之更新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <location line="+181"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Brief field or origin</source>
        <translation>任务书字段或来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Derived (formulas)</source>
        <translation>推导值（公式）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lease cash flow: {} ({})</source>
        <translation>租赁现金流：{}（{}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cell is a formula over the Inputs sheet; yellow rows are the brief&apos;s yearly inputs.</source>
        <translation>每个单元格都是基于“输入”表的公式；黄色行为任务书中的逐年输入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year {}</source>
        <translation>第 {} 年</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price factor (1 + change)^(year − 1)</source>
        <translation>价格系数 (1 + 变化)^(年份 − 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;M</source>
        <translation>运维</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating costs</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EBITDA</source>
        <translation>息税折旧摊销前利润（EBITDA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depreciation, IT</source>
        <translation>折旧，IT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depreciation, facility</source>
        <translation>折旧，设施</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loan balance, start of year</source>
        <translation>年初贷款余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal repaid (all that is left in the last year)</source>
        <translation>偿还本金（最后一年还清余额）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loan balance, end of year</source>
        <translation>年末贷款余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT book value at the end</source>
        <translation>期末 IT 账面价值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facility book value at the end (terminal value)</source>
        <translation>期末设施账面价值（终值）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IT resale gain (resale value − book value)</source>
        <translation>IT 处置收益（残值 − 账面价值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earnings before tax</source>
        <translation>税前利润</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier losses used (oldest first, at most five years old)</source>
        <translation>弥补以前年度亏损（先弥补最早的，最长五年）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taxable income</source>
        <translation>应纳税所得额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax refund (outside taxable income)</source>
        <translation>退税（不计入应纳税所得额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity cash flow</source>
        <translation>股权现金流</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cumulative equity cash flow</source>
        <translation>累计股权现金流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payback crossing (years)</source>
        <translation>回收点（年）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tax losses still usable at the end of the year, by the year they arose</source>
        <translation>年末尚可弥补的亏损，按发生年度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss of year {}</source>
        <translation>第 {} 年亏损</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workbook</source>
        <translation>测算表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallwright engine</source>
        <translation>Hallwright 引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+17"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>NPV of equity cash flows</source>
        <translation>股权现金流净现值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IRR of equity cash flows</source>
        <translation>股权现金流内部收益率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not within the lease term</source>
        <translation>租期内未回收</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tax losses still usable after the lease</source>
        <translation>租期结束后尚可弥补的亏损</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Break-even price (year 1, NPV = 0)</source>
        <translation>盈亏平衡价格（第 1 年，净现值 = 0）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>engine only: a root search of NPV = 0</source>
        <translation>仅引擎计算：求净现值 = 0 的根</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lease model: {}</source>
        <translation>租赁模型：{}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity cash flows, NPV, IRR and payback</source>
        <translation>股权现金流、净现值、内部收益率与投资回收期</translation>
    </message>
</context>
<context>
    <name>hallwright-cli</name>
    <message>
        <location filename="../app/cli/cli_help.cpp" line="+15"/>
        <source>hallwright-cli — design AI data halls from the command line

Usage:
  hallwright-cli new --brief BRIEF.json --out FILE.hall
  hallwright-cli new --accelerators N [--platform ID] [--cooling air|liquid] --out FILE.hall
  hallwright-cli summary INPUT [--json]
  hallwright-cli validate INPUT
  hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]
  hallwright-cli compare INPUT INPUT... [--json]
  hallwright-cli edit INPUT --ops OPS.json --out OUT.hall
  hallwright-cli render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH] [--colour MODE]
  hallwright-cli catalog [FILE.hall] [--json]
  hallwright-cli --help | --version
  hallwright-cli COMMAND --help

Commands:
  new        lay out a new hall from a brief (or an accelerator count) and save it as a project
  summary    the design&apos;s figures: compute, network, power, cooling, training, lease, checks
  validate   the design-rule check (exit 1 when it finds errors)
  export     the leasing proposal (PDF), the lease workbook (XLSX), the schedules (CSV)
  compare    variants side by side: capex, MW, cables, training days, IRR, payback
  edit       apply design edits (move, rotate, add, duplicate, delete racks and rows; set brief inputs)
  render     the 3D view as a PNG picture (needs an X display or Xvfb)
  catalog    the hardware catalog with the source of every figure

INPUT is a .hall project or a brief .json (the hall is then generated in memory).

Exit status: 0 success, 1 validate found errors, 2 bad input (missing, unreadable,
corrupt or newer-version file, invalid brief, impossible design) with one line on
stderr naming the input and the problem. An existing output file is replaced only
by a complete new one. Full reference: docs/cli.md.
</source>
        <translation>hallwright-cli — 在命令行中设计 AI 数据机房

用法：
  hallwright-cli new --brief BRIEF.json --out FILE.hall
  hallwright-cli new --accelerators N [--platform ID] [--cooling air|liquid] --out FILE.hall
  hallwright-cli summary INPUT [--json]
  hallwright-cli validate INPUT
  hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]
  hallwright-cli compare INPUT INPUT... [--json]
  hallwright-cli edit INPUT --ops OPS.json --out OUT.hall
  hallwright-cli render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH] [--colour MODE]
  hallwright-cli catalog [FILE.hall] [--json]
  hallwright-cli --help | --version
  hallwright-cli COMMAND --help

命令：
  new        根据设计任务书（或加速卡数量）布置新机房并保存为项目
  summary    设计的各项数字：计算、网络、配电、制冷、训练、租赁、检查
  validate   设计规则检查（发现错误时退出码为 1）
  export     租赁方案书（PDF）、租赁测算表（XLSX）、各类清单（CSV）
  compare    多个方案并列对比：资本支出、MW、线缆、训练天数、内部收益率、投资回收期
  edit       应用设计编辑（移动、旋转、添加、复制、删除机柜和机柜行；修改任务书输入）
  render     将三维视图输出为 PNG 图片（需要 X 显示或 Xvfb）
  catalog    硬件目录及每个数字的来源

INPUT 为 .hall 项目或任务书 .json（此时在内存中生成机房）。

退出码：0 成功；1 validate 发现错误；2 输入有误（文件缺失、无法读取、损坏或版本更新，
任务书无效，设计无法实现），并在 stderr 输出一行，指明输入和问题。已有的输出文件只会被
完整的新文件替换。完整参考：docs/cli.md。
</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Usage:
  hallwright-cli new --brief BRIEF.json --out FILE.hall [--catalog ITEMS.json]
  hallwright-cli new --accelerators N [--platform ID] [--cooling air|liquid]
                     --out FILE.hall [--catalog ITEMS.json]

Lays out a complete hall (racks, rows, network, power, cooling) from a brief, or
from an accelerator count with every other input at its default, analyses it and
saves it as a project. Prints one line: the file, accelerators, nodes, racks and
hall size. The project is written (exit 0) even when the design breaks some of
its own design rules; a second line on stderr then says how many and which is
first (hallwright-cli validate FILE.hall lists them).

Options:
  --brief BRIEF.json     the brief (schema &quot;hallwright.brief/1&quot;, fields in docs/cli.md)
  --accelerators N       instead of a brief: the number of accelerators (1…1,000,000)
  --platform ID          with --accelerators: a compute node of the catalog (default
                         dgx-h100; hallwright-cli catalog lists them)
  --cooling air|liquid   with --accelerators: the cooling mode (default: the platform&apos;s own)
  --catalog ITEMS.json   your own catalog items (the format of catalog --json), used
                         for the design and stored in the project
  --out FILE.hall        the project to write (required); never one of the inputs
  --help, -h             this help

Examples:
  hallwright-cli new --accelerators 10240 --out a.hall
  hallwright-cli new --accelerators 4096 --platform atlas-800t-a3 --out ascend.hall
  hallwright-cli new --brief resources/sample/sample-10240.json --out sample.hall
</source>
        <translation>用法：
  hallwright-cli new --brief BRIEF.json --out FILE.hall [--catalog ITEMS.json]
  hallwright-cli new --accelerators N [--platform ID] [--cooling air|liquid]
                     --out FILE.hall [--catalog ITEMS.json]

根据设计任务书，或根据加速卡数量（其他输入均取默认值），布置一个完整的机房（机柜、
机柜行、网络、配电、制冷），完成分析并保存为项目。输出一行：文件、加速卡、节点、机柜
数量和机房尺寸。即使设计违反了自身的部分设计规则，项目也会写入（退出码 0）；此时
stderr 上的第二行说明错误数量和第一个错误（hallwright-cli validate FILE.hall 会全部列出）。

选项：
  --brief BRIEF.json     设计任务书（schema &quot;hallwright.brief/1&quot;，字段见 docs/cli.md）
  --accelerators N       不使用任务书时：加速卡数量（1…1,000,000）
  --platform ID          与 --accelerators 一起使用：目录中的计算节点（默认
                         dgx-h100；hallwright-cli catalog 会列出全部）
  --cooling air|liquid   与 --accelerators 一起使用：制冷方式（默认：平台自身的方式）
  --catalog ITEMS.json   自定义目录条目（catalog --json 的格式），用于本设计
                         并保存在项目中
  --out FILE.hall        要写入的项目（必需）；不能是任何输入文件
  --help, -h             本帮助

示例：
  hallwright-cli new --accelerators 10240 --out a.hall
  hallwright-cli new --accelerators 4096 --platform atlas-800t-a3 --out ascend.hall
  hallwright-cli new --brief resources/sample/sample-10240.json --out sample.hall
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage:
  hallwright-cli summary INPUT [--json]

Analyses INPUT (a .hall project or a brief .json) and prints its figures:
accelerators, nodes, racks and peak PFLOP/s; the fabric&apos;s tiers, switches,
links, cables, transceivers, cable length and bisection bandwidth; IT and
facility power, PUE, UPS and annual energy; heat, air and liquid shares, CRAH
and CDU units; training FLOPs, MFU and days; lease capex, cash flows, NPV, IRR
and payback; the number of design-rule errors and warnings. A figure no engine
computes for the design is printed as &quot;not computed&quot; (null in JSON).

Options:
  --json       the summary as JSON (schema &quot;hallwright.summary/1&quot;, fields in docs/cli.md)
  --help, -h   this help

Examples:
  hallwright-cli summary a.hall
  hallwright-cli summary a.hall --json | jq .network
  hallwright-cli summary resources/sample/sample-10240.json
</source>
        <translation>用法：
  hallwright-cli summary INPUT [--json]

分析 INPUT（.hall 项目或任务书 .json）并输出各项数字：加速卡、节点、机柜和峰值
PFLOP/s；网络的层数、交换机、链路、线缆、光模块、线缆长度和对分带宽；IT 功率和设施
总功率、PUE、不间断电源（UPS）和年用电量；散热量及其风冷、液冷占比、精密空调（CRAH）
和冷量分配单元（CDU）台数；训练 FLOPs、MFU 和天数；租赁的资本支出、现金流、净现值、
内部收益率和投资回收期；设计规则错误和警告的数量。引擎未能为该设计计算的数字显示为
“未计算”（JSON 中为 null）。

选项：
  --json       以 JSON 输出摘要（schema &quot;hallwright.summary/1&quot;，字段见 docs/cli.md）
  --help, -h   本帮助

示例：
  hallwright-cli summary a.hall
  hallwright-cli summary a.hall --json | jq .network
  hallwright-cli summary resources/sample/sample-10240.json
</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Exit status:
  0  success
  2  bad input: a missing, unreadable, corrupt or newer-version file, an invalid
     brief, an impossible design, an unknown or repeated option; one line on
     stderr: &quot;hallwright-cli: INPUT: problem&quot;
</source>
        <translation>退出码：
  0  成功
  2  输入有误：文件缺失、无法读取、损坏或版本更新，任务书无效，设计无法实现，
     选项未知或重复；在 stderr 输出一行：“hallwright-cli: 输入: 问题”
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exit status:
  0  no design-rule errors (warnings may be listed)
  1  the design has design-rule errors (listed on stdout)
  2  bad input: a missing, unreadable, corrupt or newer-version file, an invalid
     brief, an impossible design; one line on stderr: &quot;hallwright-cli: INPUT: problem&quot;
</source>
        <translation>退出码：
  0  没有设计规则错误（可能列出警告）
  1  设计存在设计规则错误（在 stdout 列出）
  2  输入有误：文件缺失、无法读取、损坏或版本更新，任务书无效，设计无法实现；
     在 stderr 输出一行：“hallwright-cli: 输入: 问题”
</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Usage:
  hallwright-cli validate INPUT

Runs the design-rule check on INPUT (a .hall project or a brief .json) and lists
every finding on stdout, one a line: severity, code, location (&quot;-&quot; when none)
and message, separated by tabs; then a line &quot;N errors, M warnings&quot;.

Options:
  --help, -h   this help

Examples:
  hallwright-cli validate a.hall
  hallwright-cli validate a.hall || echo &quot;the design has errors&quot;
</source>
        <translation>用法：
  hallwright-cli validate INPUT

对 INPUT（.hall 项目或任务书 .json）运行设计规则检查，并在 stdout 上逐行列出每条结果：
严重程度、代码、位置（无位置时为 &quot;-&quot;）和说明，以制表符分隔；最后一行为
“N 个错误，M 个警告”。

选项：
  --help, -h   本帮助

示例：
  hallwright-cli validate a.hall
  hallwright-cli validate a.hall || echo &quot;设计存在错误&quot;
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage:
  hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]

Writes the documents of INPUT (a .hall project or a brief .json); give one or
more of:
  - the leasing proposal, an A4 PDF in English or Simplified Chinese whose
    figures are the summary&apos;s;
  - the lease workbook, an XLSX whose cells are formulas over an inputs sheet
    (Excel, WPS and LibreOffice recalculate it to the summary&apos;s cash flows,
    NPV and IRR);
  - the schedules, CSV files in DIR (created when missing): bom.csv, cables.csv,
    power.csv, racks.csv and the installers&apos; schedules, UTF-8 with a byte-order
    mark and CRLF line ends so that they open in Excel and WPS.
Each output is replaced only by its complete new version. Prints the path of
each file written.

Options:
  --pdf OUT.pdf    the proposal to write; its 3D picture needs an X display (Xvfb
                   will do), without one a note takes its place
  --xlsx OUT.xlsx  the lease workbook to write; the design needs a lease result
  --lang en|zh_CN  the language of the proposal, the workbook and the schedules
                   (default en: the English column names scripts read)
  --csv DIR        the folder to write the CSV schedules into
  --help, -h       this help

Examples:
  hallwright-cli export a.hall --pdf proposal.pdf --lang zh_CN
  hallwright-cli export a.hall --xlsx lease.xlsx --csv schedules/
  hallwright-cli export a.hall --xlsx 租赁模型.xlsx --lang zh_CN
</source>
        <translation>用法：
  hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]

输出 INPUT（.hall 项目或任务书 .json）的文档；可指定以下一项或多项：
  - 租赁方案书：A4 PDF，英文或简体中文，其中的数字与摘要一致；
  - 租赁测算表：XLSX，单元格为基于输入表的公式（Excel、WPS 和 LibreOffice
    重新计算后得到与摘要一致的现金流、净现值和内部收益率）；
  - 各类清单：写入 DIR（不存在时自动创建）的 CSV 文件：bom.csv、cables.csv、
    power.csv、racks.csv 以及施工清单，带 BOM 的 UTF-8、CRLF 换行，可直接用
    Excel 和 WPS 打开。
每个输出只会被完整的新版本替换。输出所写每个文件的路径。

选项：
  --pdf OUT.pdf    要写入的方案书；其中的三维图需要 X 显示（Xvfb 亦可），
                   没有时以说明文字代替
  --xlsx OUT.xlsx  要写入的租赁测算表；设计需要有租赁结果
  --lang en|zh_CN  方案书、租赁测算表和各类清单的语言
                   （默认 en：脚本读取的英文列名）
  --csv DIR        写入 CSV 清单的文件夹
  --help, -h       本帮助

示例：
  hallwright-cli export a.hall --pdf proposal.pdf --lang zh_CN
  hallwright-cli export a.hall --xlsx lease.xlsx --csv schedules/
  hallwright-cli export a.hall --xlsx 租赁模型.xlsx --lang zh_CN
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage:
  hallwright-cli compare INPUT INPUT... [--json]

Puts two or more variants (.hall projects or brief .json files) side by side,
the first as the baseline: accelerators, capex, IT MW, cables, training days,
IRR and payback. Every variant needs a training estimate and a lease result.

Options:
  --json       the comparison as a JSON list, one object per variant
  --help, -h   this help

Examples:
  hallwright-cli compare a.hall b.hall
  hallwright-cli compare air.json liquid.json --json
</source>
        <translation>用法：
  hallwright-cli compare INPUT INPUT... [--json]

将两个或更多方案（.hall 项目或任务书 .json 文件）并列对比，第一个为基准：加速卡、
资本支出、IT MW、线缆、训练天数、内部收益率和投资回收期。每个方案都需要有训练估算
和租赁结果。

选项：
  --json       以 JSON 列表输出对比结果，每个方案一个对象
  --help, -h   本帮助

示例：
  hallwright-cli compare a.hall b.hall
  hallwright-cli compare air.json liquid.json --json
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage:
  hallwright-cli edit INPUT --ops OPS.json --out OUT.hall

Applies a list of edits to a design (INPUT: a .hall project or a brief .json), in
order, re-analysing after each, and saves the result as a new project. OPS.json is
a JSON list; racks and rows are named as in the design (racks.csv, summary):

  {&quot;op&quot;: &quot;move_rack&quot;, &quot;rack&quot;: &quot;A01&quot; | &quot;racks&quot;: [...], &quot;dx_m&quot;: 0.6, &quot;dy_m&quot;: 0}
  {&quot;op&quot;: &quot;move_row&quot;, &quot;row&quot;: &quot;Row A&quot; | &quot;rows&quot;: [...], &quot;dx_m&quot;: 0, &quot;dy_m&quot;: -1.2}
  {&quot;op&quot;: &quot;rotate_row&quot;, &quot;row&quot;: &quot;Row A&quot;}                 turn 180°: order reversed, facing flipped
  {&quot;op&quot;: &quot;add_rack&quot;, &quot;row&quot;: &quot;Row A&quot;, &quot;like&quot;: &quot;A01&quot; | &quot;platform&quot;: &quot;dgx-h100&quot;, &quot;x_m&quot;: 20.5}
                                                       x_m (west edge) defaults to the row&apos;s east end
  {&quot;op&quot;: &quot;add_row&quot;, &quot;like&quot;: &quot;Row A&quot;, &quot;dx_m&quot;: 0, &quot;dy_m&quot;: 6.0}
  {&quot;op&quot;: &quot;duplicate_rack&quot;, &quot;rack&quot;: &quot;A01&quot; | &quot;racks&quot;: [...], &quot;dx_m&quot;: 0, &quot;dy_m&quot;: 3.0}
  {&quot;op&quot;: &quot;delete_rack&quot;, &quot;rack&quot;: &quot;B07&quot; | &quot;racks&quot;: [...]}
  {&quot;op&quot;: &quot;delete_row&quot;, &quot;row&quot;: &quot;Row B&quot; | &quot;rows&quot;: [...]}
  {&quot;op&quot;: &quot;set&quot;, &quot;path&quot;: &quot;power.redundancy&quot;, &quot;value&quot;: &quot;N+1&quot;}
                                                       a brief input; the design is regenerated

Lengths are metres (x east, y north). An operation that cannot be applied (unknown
op, field or name, wrong type, a rack outside the hall, on an obstacle or equipment,
overlapping another, an aisle below the minimum, a rack above its power limit, a
value the brief refuses) stops the edit with exit 2 and a message naming it as
ops[INDEX]; nothing is written.

Options:
  --ops OPS.json   the list of operations (required)
  --out OUT.hall   the project to write (required); never the input or OPS.json
  --help, -h       this help

Examples:
  echo &apos;[{&quot;op&quot;: &quot;move_rack&quot;, &quot;rack&quot;: &quot;A01&quot;, &quot;dx_m&quot;: 0.6, &quot;dy_m&quot;: 0}]&apos; &gt; ops.json
  hallwright-cli edit a.hall --ops ops.json --out a-edited.hall
</source>
        <translation>用法：
  hallwright-cli edit INPUT --ops OPS.json --out OUT.hall

按顺序对设计（INPUT：.hall 项目或任务书 .json）应用一组编辑，每步之后重新分析，
并将结果保存为新项目。OPS.json 是一个 JSON 列表；机柜和机柜行使用设计中的名称
（见 racks.csv、summary）：

  {&quot;op&quot;: &quot;move_rack&quot;, &quot;rack&quot;: &quot;A01&quot; | &quot;racks&quot;: [...], &quot;dx_m&quot;: 0.6, &quot;dy_m&quot;: 0}
  {&quot;op&quot;: &quot;move_row&quot;, &quot;row&quot;: &quot;Row A&quot; | &quot;rows&quot;: [...], &quot;dx_m&quot;: 0, &quot;dy_m&quot;: -1.2}
  {&quot;op&quot;: &quot;rotate_row&quot;, &quot;row&quot;: &quot;Row A&quot;}                 旋转 180°：顺序反转，朝向翻转
  {&quot;op&quot;: &quot;add_rack&quot;, &quot;row&quot;: &quot;Row A&quot;, &quot;like&quot;: &quot;A01&quot; | &quot;platform&quot;: &quot;dgx-h100&quot;, &quot;x_m&quot;: 20.5}
                                                       x_m（西侧边缘）默认为该行的东端
  {&quot;op&quot;: &quot;add_row&quot;, &quot;like&quot;: &quot;Row A&quot;, &quot;dx_m&quot;: 0, &quot;dy_m&quot;: 6.0}
  {&quot;op&quot;: &quot;duplicate_rack&quot;, &quot;rack&quot;: &quot;A01&quot; | &quot;racks&quot;: [...], &quot;dx_m&quot;: 0, &quot;dy_m&quot;: 3.0}
  {&quot;op&quot;: &quot;delete_rack&quot;, &quot;rack&quot;: &quot;B07&quot; | &quot;racks&quot;: [...]}
  {&quot;op&quot;: &quot;delete_row&quot;, &quot;row&quot;: &quot;Row B&quot; | &quot;rows&quot;: [...]}
  {&quot;op&quot;: &quot;set&quot;, &quot;path&quot;: &quot;power.redundancy&quot;, &quot;value&quot;: &quot;N+1&quot;}
                                                       任务书输入；设计随之重新生成

长度单位为米（x 向东，y 向北）。无法应用的操作（未知的 op、字段或名称，类型错误，
机柜超出机房、压在障碍物或设备上、与其他机柜重叠，通道宽度低于最小值，机柜超出功率
上限，任务书拒绝的值）会终止编辑，退出码为 2，并以 ops[INDEX] 指明该操作；不写入
任何文件。

选项：
  --ops OPS.json   操作列表（必需）
  --out OUT.hall   要写入的项目（必需）；不能是输入文件或 OPS.json
  --help, -h       本帮助

示例：
  echo &apos;[{&quot;op&quot;: &quot;move_rack&quot;, &quot;rack&quot;: &quot;A01&quot;, &quot;dx_m&quot;: 0.6, &quot;dy_m&quot;: 0}]&apos; &gt; ops.json
  hallwright-cli edit a.hall --ops ops.json --out a-edited.hall
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Usage:
  hallwright-cli render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH]
                              [--colour role|power|cooling|su]

Draws the 3D view of INPUT (a .hall project or a brief .json) off screen and
writes it as a PNG picture with the plan&apos;s legend. Rendering needs an X display
with OpenGL; without a desktop run it under a virtual one (xvfb-run -a ...).

Options:
  --png OUT.png                     the picture to write (required)
  --view top|iso|aisle              the camera: from above, isometric (default) or down an aisle
  --size WxH                        pixels, 16 to 8192 each side (default 1600x1000)
  --colour role|power|cooling|su    what the racks&apos; colours show: role (default), power
                                    density, cooling headroom or scalable unit
  --help, -h                        this help

Examples:
  xvfb-run -a hallwright-cli render a.hall --png a.png --view top --size 2400x1500
</source>
        <translation>用法：
  hallwright-cli render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH]
                              [--colour role|power|cooling|su]

在屏幕外绘制 INPUT（.hall 项目或任务书 .json）的三维视图，并连同平面图图例写为 PNG
图片。渲染需要带 OpenGL 的 X 显示；没有桌面时请在虚拟显示中运行（xvfb-run -a ...）。

选项：
  --png OUT.png                     要写入的图片（必需）
  --view top|iso|aisle              视角：俯视、等轴测（默认）或沿通道
  --size WxH                        像素，每边 16 到 8192（默认 1600x1000）
  --colour role|power|cooling|su    机柜颜色表示：角色（默认）、功率密度、制冷余量
                                    或可扩展单元
  --help, -h                        本帮助

示例：
  xvfb-run -a hallwright-cli render a.hall --png a.png --view top --size 2400x1500
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage:
  hallwright-cli catalog [FILE.hall] [--json]

Lists the hardware catalog: accelerators, compute nodes, switches, transceivers,
cables, power and cooling equipment, each with its key figures and the public
source of its figures, or &quot;estimate&quot; with the figures that are estimated. With a
project, the list includes the catalog items stored in it.

Options:
  --json       the catalog as JSON (the format new --catalog reads)
  --help, -h   this help

Examples:
  hallwright-cli catalog
  hallwright-cli catalog --json &gt; items.json
</source>
        <translation>用法：
  hallwright-cli catalog [FILE.hall] [--json]

列出硬件目录：加速卡、计算节点、交换机、光模块、线缆、配电和制冷设备，每项附主要
参数及其公开来源，或标为“估算”并列出估算的参数。指定项目时，列表包含项目中
保存的目录条目。

选项：
  --json       以 JSON 输出目录（即 new --catalog 读取的格式）
  --help, -h   本帮助

示例：
  hallwright-cli catalog
  hallwright-cli catalog --json &gt; items.json
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Full reference: docs/cli.md.</source>
        <translation>完整参考：docs/cli.md。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_commands.cpp" line="-204"/>
        <source>%1: %2 accelerators, %3 nodes, %4 racks in a %5 × %6 m hall</source>
        <translation>%1：%2 张加速卡，%3 个节点，%4 个机柜，机房 %5 × %6 m</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the design has %1 design-rule error (first: %2: %3); &apos;hallwright-cli validate %4&apos; lists them</source>
        <translation>设计有 %1 个设计规则错误（%2：%3）；“hallwright-cli validate %4”会列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the design has %1 design-rule errors (first: %2: %3); &apos;hallwright-cli validate %4&apos; lists them</source>
        <translation>设计有 %1 个设计规则错误（第一个：%2：%3）；“hallwright-cli validate %4”会全部列出</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accel.</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capex (M)</source>
        <translation>资本支出（百万）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT MW</source>
        <translation>IT MW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>train days</source>
        <translation>训练天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payback</source>
        <translation>回收期</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2 operations applied; %3 errors, %4 warnings (hallwright-cli validate lists them)</source>
        <translation>%1：已应用 %2 个操作；%3 个错误，%4 个警告（hallwright-cli validate 会列出）</translation>
    </message>
    <message>
        <location filename="../app/cli/catalog_command.cpp" line="-48"/>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[estimated: %1]</source>
        <translation>[估算字段：%1]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>dac</source>
        <translation>无源铜缆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>acc</source>
        <translation>有源铜缆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aoc</source>
        <translation>有源光缆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>multimode</source>
        <translation>多模光纤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>singlemode</source>
        <translation>单模光纤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copper-1g</source>
        <translation>千兆铜缆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdu</source>
        <translation>配电单元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rpp</source>
        <translation>远程配电柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ups</source>
        <translation>不间断电源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switchgear</source>
        <translation>开关柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mcc</source>
        <translation>电机控制中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battery</source>
        <translation>蓄电池柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>crah</source>
        <translation>精密空调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fan-wall</source>
        <translation>风墙</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cdu</source>
        <translation>冷量分配单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chiller</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dry-cooler</source>
        <translation>干冷器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump</source>
        <translation>水泵</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compute nodes</source>
        <translation>计算节点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power</source>
        <translation>配电</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <location filename="../app/cli/export_pdf.cpp" line="+35"/>
        <source>%1: warning: the 3D view is left out (%2); run under xvfb-run -a to include it</source>
        <translation>%1：警告：未包含三维视图（%2）；在 xvfb-run -a 下运行即可包含</translation>
    </message>
</context>
<context>
    <name>hallwright::app::AutosaveController</name>
    <message>
        <location filename="../app/gui/controllers/autosave_controller.cpp" line="+124"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Untitled hall</source>
        <translation>未命名机房</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hallwright did not close properly. Unsaved work on “%1” from %2 can be recovered.</source>
        <translation>Hallwright 未正常关闭。可以恢复“%1”于 %2 未保存的工作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hall was never saved.</source>
        <translation>该机房从未保存过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its file is %1; recovering does not change it until you save.</source>
        <translation>其文件为 %1；在您保存之前，恢复操作不会改动它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>hallwright::app::BackgroundTask</name>
    <message>
        <location filename="../app/gui/controllers/background_task.cpp" line="+46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected failure</source>
        <translation>意外失败</translation>
    </message>
</context>
<context>
    <name>hallwright::app::BriefDialog</name>
    <message>
        <location filename="../app/gui/dialogs/brief_dialog.cpp" line="+50"/>
        <source>%1: larger than 16 MiB</source>
        <translation>%1：大于 16 MiB</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (not in the list)</source>
        <translation>%1（不在列表中）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Hall from Brief</source>
        <translation>根据任务书新建机房</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from</source>
        <translation>起点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load Brief File…</source>
        <translation>加载任务书文件…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Brief:</source>
        <translation>任务书：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in catalog only</source>
        <translation>仅使用内置目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User catalog:</source>
        <translation>用户目录：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create Hall</source>
        <translation>创建机房</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill the form from a brief .json file; fields the form does not show are kept</source>
        <translation>从任务书 .json 文件填写表单；表单中未显示的字段会保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog items of your own (.json, the format of hallwright-cli catalog --json)</source>
        <translation>自定义目录条目（.json，格式同 hallwright-cli catalog --json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a user catalog file</source>
        <translation>选择用户目录文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the built-in catalog only</source>
        <translation>仅使用内置目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out the hall from these inputs</source>
        <translation>根据这些输入布置机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the form without creating a hall</source>
        <translation>关闭表单，不创建机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: the hall&apos;s name, shown in the title and the reports</source>
        <translation>name：机房名称，显示在标题和报告中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hall.width_m: the white space&apos;s width; Auto sizes the hall to fit</source>
        <translation>hall.width_m：主机房宽度；“自动”按需确定机房尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hall.depth_m: the white space&apos;s depth; Auto sizes the hall to fit</source>
        <translation>hall.depth_m：主机房进深；“自动”按需确定机房尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute.platform: the compute node (server or rack-scale system) from the catalog</source>
        <translation>compute.platform：目录中的计算节点（服务器或整机柜系统）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute.accelerators: how many accelerators (GPUs, NPUs) the hall holds</source>
        <translation>compute.accelerators：机房容纳的加速卡（GPU、NPU）数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute.nodes_per_rack: Auto packs as many as the rack power limit and units allow</source>
        <translation>compute.nodes_per_rack：“自动”按机柜功率上限和 U 位尽量多放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooling.mode: air, liquid, or the platform&apos;s own</source>
        <translation>cooling.mode：风冷、液冷，或平台自身的方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fabric.switch: the compute fabric&apos;s leaf, spine and core switch</source>
        <translation>fabric.switch：计算网络的叶、脊和核心交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fabric.tiers: leaf–spine, or leaf–spine–core for larger fabrics</source>
        <translation>fabric.tiers：叶–脊两层，或用于更大网络的叶–脊–核心三层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fabric.rail_optimized: NIC i of every node in an SU goes to leaf i</source>
        <translation>fabric.rail_optimized：SU 内每个节点的第 i 块网卡接入第 i 台叶交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power.redundancy: 2N (A and B feeds), N+1 (one spare unit) or N</source>
        <translation>power.redundancy：2N（A、B 两路馈线）、N+1（一台备用）或 N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power.pue: facility power / IT power; Estimate derives it from the cooling and losses</source>
        <translation>power.pue：设施总功率 / IT 功率；“估算”根据制冷方式和损耗推算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power.electricity_price_per_kwh, in the lease currency</source>
        <translation>power.electricity_price_per_kwh，以租赁币种计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.currency: CNY or USD (a USD lease needs an exchange rate in the brief file)</source>
        <translation>lease.currency：CNY 或 USD（美元租赁需要在任务书文件中给出汇率）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.years: the contract length</source>
        <translation>lease.years：租期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.price_per_accelerator_hour; Default is the platform&apos;s catalog market price</source>
        <translation>lease.price_per_accelerator_hour；“默认”为该平台在目录中的市场价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.debt_fraction: the share of capex financed by the loan</source>
        <translation>lease.debt_fraction：资本支出中由贷款融资的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.interest_rate: the loan&apos;s yearly interest</source>
        <translation>lease.interest_rate：贷款年利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.tax_rate: income tax on the yearly profit</source>
        <translation>lease.tax_rate：年利润的所得税税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lease.discount_rate: for the net present value of the equity cash flows</source>
        <translation>lease.discount_rate：用于计算股权现金流的净现值</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hall</source>
        <translation>机房</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+51"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+3"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depth:</source>
        <translation>进深：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accelerators:</source>
        <translation>加速卡数量：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nodes per rack:</source>
        <translation>每柜节点数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform&apos;s own</source>
        <translation>按平台默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling:</source>
        <translation>制冷：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Compute fabric</source>
        <translation>计算网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto (for the NIC speed)</source>
        <translation>自动（按网卡速率）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch:</source>
        <translation>交换机：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto (2 when it fits)</source>
        <translation>自动（规模允许时为 2 层）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 tiers (leaf–spine)</source>
        <translation>2 层（叶–脊）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 tiers (leaf–spine–core)</source>
        <translation>3 层（叶–脊–核心）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf downlink : uplink bandwidth; 1 : 1 is non-blocking.</source>
        <translation>叶交换机下行 : 上行带宽；1 : 1 为无阻塞。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversubscription:</source>
        <translation>收敛比：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rail-optimised</source>
        <translation>轨道优化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> nodes</source>
        <translation> 个节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scalable-unit size: one leaf per rail per SU.</source>
        <translation>可扩展单元大小：每个 SU 每条轨道一台叶交换机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scalable unit:</source>
        <translation>可扩展单元：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power</source>
        <translation>配电</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2N (two independent feeds)</source>
        <translation>2N（两路独立馈线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N (no redundancy)</source>
        <translation>N（无冗余）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redundancy:</source>
        <translation>冗余：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>PUE:</source>
        <translation>PUE：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average IT draw as a share of the nameplate maximum.</source>
        <translation>IT 平均功耗占铭牌最大值的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load factor:</source>
        <translation>负载率：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Electricity:</source>
        <translation>电价：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CNY (yuan)</source>
        <translation>人民币（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD (US dollar)</source>
        <translation>美元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utilization:</source>
        <translation>利用率：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total IT capex; the estimate prices the bill of materials from the catalog.</source>
        <translation>IT 资本支出总额；估算值按目录价格对物料清单计价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capex:</source>
        <translation>资本支出：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt share:</source>
        <translation>贷款比例：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest rate:</source>
        <translation>利率：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax rate:</source>
        <translation>税率：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount rate:</source>
        <translation>折现率：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hall A</source>
        <translation>机房 A</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>lease.utilization: the share of accelerator-hours that are paid for</source>
        <translation>lease.utilization：付费加速卡小时所占的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The brief file gives a ramp, one figure a year: kept.</source>
        <translation>任务书文件给出了逐年变化的数值（每年一个）：已保留。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a brief is a JSON object</source>
        <translation>任务书必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Load a brief</source>
        <translation>加载任务书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design briefs (*.json)</source>
        <translation>设计任务书 (*.json)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>User catalog items</source>
        <translation>用户目录条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog files (*.json)</source>
        <translation>目录文件 (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 rack-scale system of %1 accelerators</source>
        <translation>1 套机柜级系统，每套 %1 张加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rack-scale systems of %2 accelerators</source>
        <translation>%1 套机柜级系统，每套 %2 张加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 node of %1 accelerators</source>
        <translation>1 台节点，每台 %1 张加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nodes of %2 accelerators</source>
        <translation>%1 台节点，每台 %2 张加速卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto (32)</source>
        <translation>自动（32）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> USD per accelerator-hour</source>
        <translation> 美元/卡·时</translation>
    </message>
    <message>
        <location line="-263"/>
        <location line="+263"/>
        <source> CNY per accelerator-hour</source>
        <translation> 元/卡·时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> USD per kWh</source>
        <translation> 美元/kWh</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+293"/>
        <source> CNY per kWh</source>
        <translation> 元/kWh</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source> USD</source>
        <translation> 美元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine accepts this brief.</source>
        <translation>任务书校验通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create this hall: %1</source>
        <translation>无法创建此机房：%1</translation>
    </message>
</context>
<context>
    <name>hallwright::app::Document</name>
    <message>
        <location filename="../app/gui/document.cpp" line="+26"/>
        <source>Untitled hall</source>
        <translation>未命名机房</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>No hall is open.</source>
        <translation>未打开机房。</translation>
    </message>
</context>
<context>
    <name>hallwright::app::EditController</name>
    <message>
        <location filename="../app/gui/controllers/edit_controller.cpp" line="+128"/>
        <source>1 rack</source>
        <translation>1 个机柜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 racks</source>
        <translation>%1 个机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row</source>
        <translation>1 列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>finish the drag first</source>
        <translation>请先完成拖动</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not done: %1 — %2</source>
        <translation>未执行：%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brief input not changed</source>
        <translation>任务书输入未修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done: %1

%2</source>
        <translation>未执行：%1

%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+157"/>
        <source>Move %1 by %2, %3 m</source>
        <translation>移动 %1（Δx %2 m，Δy %3 m）</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Nudge %1</source>
        <translation>微移%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only racks and rows can be deleted.</source>
        <translation>只能删除机柜和机柜行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a rack like %1</source>
        <translation>添加一个与 %1 相同的机柜</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rotate %1</source>
        <translation>旋转%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the hand edits are kept</source>
        <translation>手动编辑已保留</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regenerating the hall</source>
        <translation>正在重新生成机房</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laying out the hall again for the new input…</source>
        <translation>正在按新输入重新布置机房…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hall changed while it was being regenerated</source>
        <translation>重新生成期间机房已被修改</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the hall is unchanged.</source>
        <translation>已取消；机房未改变。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Moving %1 by %2, %3 m</source>
        <translation>正在移动 %1（Δx %2 m，Δy %3 m）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot drop here: %1</source>
        <translation>不能放在此处：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drag cancelled; nothing moved.</source>
        <translation>已取消拖动；未移动任何对象。</translation>
    </message>
    <message>
        <location filename="../app/gui/controllers/plan_menu.cpp" line="+26"/>
        <source>Add a Rack Like This</source>
        <translation>添加相同的机柜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of this rack (nodes, PDUs, links to the same switches) at its row&apos;s east end</source>
        <translation>在本机柜行东端添加此机柜的副本（节点、PDU 及接到相同交换机的链路）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rotate Row</source>
        <translation>旋转机柜行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the row to face the other way: its fronts move to the other aisle</source>
        <translation>将机柜行调转方向：机柜正面移到另一侧通道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a rack or a row to edit it</source>
        <translation>选择机柜或机柜行以进行编辑</translation>
    </message>
</context>
<context>
    <name>hallwright::app::ExportController</name>
    <message>
        <location filename="../app/gui/controllers/export_controller.cpp" line="+56"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposal (PDF, English)…</source>
        <translation>方案书（PDF，英文）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal (PDF, Chinese)…</source>
        <translation>方案书（PDF，中文）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease Workbook (XLSX)…</source>
        <translation>租赁测算表（XLSX）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installer Schedules (CSV)…</source>
        <translation>施工清单（CSV）…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+80"/>
        <source>No hall is open.</source>
        <translation>未打开机房。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Writing the proposal…</source>
        <translation>正在生成方案书…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 schedules written to %2: %3</source>
        <translation>已将 %1 份清单写入 %2：%3</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+15"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Proposal written: %1 (%2 pages)</source>
        <translation>方案书已生成：%1（%2 页）</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+28"/>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The hall has no lease result to put in a workbook.</source>
        <translation>该机房没有可写入测算表的租赁结果。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Writing the lease workbook</source>
        <translation>正在生成租赁测算表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lease workbook written: %1</source>
        <translation>租赁测算表已生成：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Writing the installer schedules</source>
        <translation>正在生成施工清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the schedules</source>
        <translation>正在生成清单</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export proposal</source>
        <translation>导出方案书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export lease workbook</source>
        <translation>导出租赁测算表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export installer schedules to</source>
        <translation>将施工清单导出到</translation>
    </message>
</context>
<context>
    <name>hallwright::app::FileController</name>
    <message>
        <location filename="../app/gui/controllers/file_controller.cpp" line="+29"/>
        <source>Hallwright halls (*.hall)</source>
        <translation>Hallwright 机房 (*.hall)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Analysing the design…</source>
        <translation>正在分析设计…</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Busy: wait for the current job to finish or cancel it.</source>
        <translation>忙碌中：请等待当前任务完成或将其取消。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New hall %1 (not saved yet)</source>
        <translation>新建机房 %1（尚未保存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled; the hall shown is unchanged.</source>
        <translation>已取消；显示的机房未改变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opening another hall</source>
        <translation>打开另一个机房</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample hall missing</source>
        <translation>缺少示例机房</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The bundled sample hall was not found next to the program.</source>
        <translation>在程序旁未找到随附的示例机房。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening the sample hall</source>
        <translation>打开示例机房</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the sample hall</source>
        <translation>正在打开示例机房</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot open the sample hall</source>
        <translation>无法打开示例机房</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creating a new hall</source>
        <translation>新建机房</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laying out racks, network, power and cooling…</source>
        <translation>正在布置机柜、网络、配电和制冷…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating a hall from the brief</source>
        <translation>正在根据任务书创建机房</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot create the hall</source>
        <translation>无法创建机房</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the unsaved hall</source>
        <translation>未保存的机房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovering %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot recover %1</source>
        <translation>无法恢复 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open hall</source>
        <translation>打开机房</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save hall as</source>
        <translation>机房另存为</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 — the hall is still unsaved.</source>
        <translation>%1：%2 — 机房仍未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

The hall is still open with its changes; save it somewhere else with File → Save As.</source>
        <translation>%1

机房及其更改仍处于打开状态；请通过“文件 → 另存为”保存到其他位置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>closing it</source>
        <translation>关闭它</translation>
    </message>
</context>
<context>
    <name>hallwright::app::FindDialog</name>
    <message>
        <location filename="../app/gui/dialogs/find_dialog.cpp" line="+41"/>
        <source>compute node</source>
        <translation>计算节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch panel</source>
        <translation>配线架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rack, row or device name, e.g. M09</source>
        <translation>机柜、机柜行或设备名称，例如 M09</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a name, any case; Up and Down move through the matches</source>
        <translation>名称的一部分，不区分大小写；上下方向键在匹配项之间移动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to select the match in the plan</source>
        <translation>双击或按回车键，在平面图中选中该匹配项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the highlighted match and bring it into view</source>
        <translation>选中高亮的匹配项并将其移入视野</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rack %1</source>
        <translation>机柜 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1</source>
        <translation>机柜行 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device %1 (%2, rack %3)</source>
        <translation>设备 %1（%2，机柜 %3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No hall is open.</source>
        <translation>未打开机房。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type part of a name.</source>
        <translation>请输入名称的一部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is named like “%1”.</source>
        <translation>没有名称与“%1”相似的对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 matches.</source>
        <translation>仅显示前 %1 个匹配项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match.</source>
        <translation>1 个匹配。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches.</source>
        <translation>%1 个匹配。</translation>
    </message>
</context>
<context>
    <name>hallwright::app::LanguageMenu</name>
    <message>
        <location filename="../app/gui/language_menu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the language of the desktop (LANG); English where Hallwright has no translation</source>
        <translation>使用桌面的语言（LANG）；Hallwright 没有该语言的翻译时使用英语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Hallwright in %1 from the next start</source>
        <translation>从下次启动起以%1显示 Hallwright</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Hallwright.</source>
        <translation>新语言将在下次启动 Hallwright 时生效。</translation>
    </message>
</context>
<context>
    <name>hallwright::app::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+135"/>
        <source>Open a hall, the sample hall, or create one from a brief.</source>
        <translation>打开机房、示例机房，或根据任务书新建一个。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The 3D view needs OpenGL, which this display does not offer.
Run Hallwright on a desktop session (or under Xvfb with Mesa).</source>
        <translation>三维视图需要 OpenGL，而当前显示不支持。
请在桌面会话中（或在带 Mesa 的 Xvfb 下）运行 Hallwright。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>New from &amp;Brief…</source>
        <translation>根据任务书新建(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a hall (platform, accelerators, cooling, fabric, lease) and generate it</source>
        <translation>描述一个机房（平台、加速卡、制冷、网络、租赁）并生成它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundled hall of 10,240 accelerators, as a new untitled hall</source>
        <translation>随附的 10,240 卡机房，作为新的未命名机房打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a rack, row or device by name</source>
        <translation>按名称查找机柜、机柜行或设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放至适合(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Cable &amp;Trays</source>
        <translation>显示线缆桥架(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reset Window Layout</source>
        <translation>重置窗口布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Hallwright</source>
        <translation>关于 Hallwright(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export View as &amp;PNG…</source>
        <translation>将视图导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan or the 3D view, as shown, to a PNG picture</source>
        <translation>将当前显示的平面图或三维视图写为 PNG 图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected racks and rows (Delete in the plan)</source>
        <translation>删除选中的机柜和机柜行（在平面图中按 Delete 键）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan and 3D &amp;Side by Side</source>
        <translation>平面图与三维并排(&amp;S)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour Racks By</source>
        <translation>机柜着色依据(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>配电</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rack Elevation</source>
        <translation>机柜立面图</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Open Sa&amp;mple Hall</source>
        <translation>打开示例机房(&amp;M)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Plan and 3D as Ta&amp;bs</source>
        <translation>平面图与三维分页(&amp;B)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>3D Camera: To&amp;p</source>
        <translation>三维视角：俯视(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3D Camera: Iso&amp;metric</source>
        <translation>三维视角：等轴测(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3D Camera: Walk the Cold &amp;Aisle</source>
        <translation>三维视角：沿冷通道漫游(&amp;A)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Summary Report</source>
        <translation>摘要报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Design Checks</source>
        <translation>设计检查</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h1&gt;Hallwright&lt;/h1&gt;&lt;p&gt;Design AI data halls: racks, network, power, cooling and the economics of leasing the capacity.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Hallwright&lt;/h1&gt;&lt;p&gt;设计 AI 数据机房：机柜、网络、配电、制冷，以及算力租赁的经济性。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the Sample Hall (10,240 accelerators)</source>
        <translation>打开示例机房（10,240 张加速卡）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from Brief…</source>
        <translation>根据任务书新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>closing Hallwright</source>
        <translation>关闭 Hallwright</translation>
    </message>
</context>
<context>
    <name>hallwright::app::PlanWorkspace</name>
    <message>
        <location filename="../app/gui/plan_workspace.cpp" line="+62"/>
        <source>Plan</source>
        <translation>平面图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3D</source>
        <translation>三维</translation>
    </message>
</context>
<context>
    <name>hallwright::app::PresentationController</name>
    <message>
        <location filename="../app/gui/controllers/presentation_controller.cpp" line="+49"/>
        <source>Hallwright</source>
        <translation>Hallwright</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Hallwright</source>
        <translation>%1[*] — Hallwright</translation>
    </message>
</context>
<context>
    <name>hallwright::app::RecentFiles</name>
    <message>
        <location filename="../app/gui/controllers/recent_files.cpp" line="+80"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No recent halls</source>
        <translation>没有最近打开的机房</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the halls listed here (the files stay)</source>
        <translation>清除此处列出的机房记录（文件本身保留）</translation>
    </message>
</context>
<context>
    <name>hallwright::app::StatusFigures</name>
    <message>
        <location filename="../app/gui/status_figures.cpp" line="+45"/>
        <source>Accelerators placed in the hall</source>
        <translation>机房中已布置的加速卡数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT load: Σ the catalog maximum of every placed device</source>
        <translation>IT 负载：所有已布置设备的目录最大功耗之和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cables of every fabric and their routed length (stock lengths)</source>
        <translation>所有网络的线缆数量及其布线长度（按标准长度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital expenditure of the lease model</source>
        <translation>租赁模型的资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Internal rate of return of the lessor&apos;s equity cash flows</source>
        <translation>出租方股权现金流的内部收益率</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 accelerators</source>
        <translation>%1 张加速卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT %1 MW</source>
        <translation>IT %1 MW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT — MW</source>
        <translation>IT — MW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cables, %2 km</source>
        <translation>%1 根线缆，%2 km</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no fabric</source>
        <translation>无网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capex %1</source>
        <translation>资本支出 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRR %1 %</source>
        <translation>内部收益率 %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>IRR —</source>
        <translation>内部收益率 —</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The equity cash flows have no internal rate of return</source>
        <translation>股权现金流不存在内部收益率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capex —</source>
        <translation>资本支出 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lease model: the design has no brief or no IT load</source>
        <translation>无租赁模型：该设计没有任务书或没有 IT 负载</translation>
    </message>
</context>
<context>
    <name>hallwright::app::ViewExportController</name>
    <message>
        <location filename="../app/gui/controllers/view_export_controller.cpp" line="+40"/>
        <source>The view has nothing to show yet.</source>
        <translation>视图中还没有可显示的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture could not be written.</source>
        <translation>无法写入图片。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hall-3d.png</source>
        <translation>机房-三维.png</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hall-plan.png</source>
        <translation>机房-平面图.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export View as PNG</source>
        <translation>将视图导出为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export the view</source>
        <translation>无法导出视图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the view to %1</source>
        <translation>已将视图导出到 %1</translation>
    </message>
</context>
<context>
    <name>hallwright::app::settings</name>
    <message>
        <location filename="../app/gui/settings/settings_registry.cpp" line="+60"/>
        <source>Size and position of the main window.</source>
        <translation>主窗口的大小和位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docks and toolbars of the main window.</source>
        <translation>主窗口的停靠面板和工具栏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halls opened or saved lately, newest first.</source>
        <translation>最近打开或保存的机房，最新的在前。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many recent halls the File menu lists.</source>
        <translation>“文件”菜单列出的最近机房数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the last hall opened or saved.</source>
        <translation>上次打开或保存机房的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a recovery copy of unsaved work.</source>
        <translation>为未保存的工作写入恢复副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between recovery copies of unsaved work.</source>
        <translation>恢复副本之间的间隔秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the racks&apos; colours show on the plan.</source>
        <translation>平面图上机柜颜色所表示的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the plan draws the overhead cable trays.</source>
        <translation>平面图是否绘制架空线缆桥架。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and 3D view side by side (split) or as tabs.</source>
        <translation>平面图与三维视图并排（split）或分页（tabs）显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user catalog file last used for a new hall.</source>
        <translation>上次新建机房时使用的用户目录文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language: en, zh_CN, or empty to follow the system.</source>
        <translation>界面语言：en、zh_CN，留空则跟随系统。</translation>
    </message>
</context>
<context>
    <name>hallwright::views::AnalysisPanel</name>
    <message>
        <location filename="../views/panels/analysis_panel.cpp" line="+71"/>
        <source>No hall open</source>
        <translation>未打开机房</translation>
    </message>
</context>
<context>
    <name>hallwright::views::ChecksPanel</name>
    <message>
        <location filename="../views/panels/checks_panel.cpp" line="+34"/>
        <source>All findings</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every finding, or only the errors or the warnings</source>
        <translation>显示全部结果，或只显示错误或警告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a finding to select it in the plan</source>
        <translation>双击一条结果，在平面图中选中它</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No hall open</source>
        <translation>未打开机房</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole hall</source>
        <translation>整个机房</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (rule %2)</source>
        <translation>%1（规则 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
</context>
<context>
    <name>hallwright::views::CoolingPanel</name>
    <message>
        <location filename="../views/panels/cooling_panel.cpp" line="+17"/>
        <source>No racks to cool</source>
        <translation>没有需要制冷的机柜</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat</source>
        <translation>散热</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid and air</source>
        <translation>液冷和风冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling mode</source>
        <translation>制冷方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat load</source>
        <translation>热负荷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT load plus the power chain&apos;s losses</source>
        <translation>IT 负载加上供电链路的损耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To air</source>
        <translation>散热至风冷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which in electrical rooms</source>
        <translation>其中在电气室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS and transformer losses, cooled by the electrical rooms&apos; own units, not by the galleries</source>
        <translation>UPS 与变压器损耗，由电气室自身的空调机组冷却，不由冷却廊道承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To liquid</source>
        <translation>散热至液冷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To rear doors</source>
        <translation>进入背板换热器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhaust heat the racks&apos; rear-door heat exchangers take into the CDUs&apos; water</source>
        <translation>机柜背板换热器从排风中带入冷量分配单元水路的热量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airflow needed</source>
        <translation>所需风量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant flow needed</source>
        <translation>所需冷却液流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat with no cooling zone</source>
        <translation>不属于任何制冷区的热量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units and plant</source>
        <translation>制冷设备与机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRAH / fan-wall units</source>
        <translation>精密空调 / 风墙机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDUs</source>
        <translation>冷量分配单元（CDU）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rear doors</source>
        <translation>背板换热器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chillers</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fans and pumps in the hall</source>
        <translation>机房内风机和水泵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat rejection power</source>
        <translation>排热设备耗电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical draw of the chillers, dry coolers and their pumps outside the hall</source>
        <translation>机房外冷水机组、干冷器及其水泵的耗电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling power in all</source>
        <translation>制冷总功耗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat to air / installed</source>
        <translation>风冷散热量 / 装机容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Air units installed / needed (N+1)</source>
        <translation>已装 / 所需空调台数（N+1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat to liquid and rear doors / installed</source>
        <translation>液冷与背板换热器热量 / 装机容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat to liquid / installed</source>
        <translation>液冷散热量 / 装机容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDUs installed / needed (N+1)</source>
        <translation>已装 / 所需 CDU 台数（N+1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Racks served</source>
        <translation>服务的机柜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>hallwright::views::FigureTable</name>
    <message>
        <location filename="../views/panels/figure_table.cpp" line="+14"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>hallwright::views::FloorPlanScene</name>
    <message>
        <location filename="../views/floorplan/floor_plan_scene.cpp" line="+530"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>hallwright::views::FloorPlanView</name>
    <message>
        <location filename="../views/floorplan/floor_plan_view.cpp" line="+170"/>
        <source>Cannot drop here: %1</source>
        <translation>不能放在此处：%1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Failure of %1: %2</source>
        <translation>%1 故障：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a PDU, busway, UPS, transformer, generator, switch or cooling unit (Alt-click picks a busway over its racks).</source>
        <translation>选择一个 PDU、母线槽、UPS、变压器、柴油发电机、交换机或制冷机组（Alt+单击可选中机柜上方的母线槽）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;%1&lt;/b&gt; rack %2 · %3 · U%4 · port %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 机柜 %2 · %3 · U%4 · 端口 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Cable %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;线缆 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not cabled</source>
        <translation>未布线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 stock length</source>
        <translation>，标准长度 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both ends in one rack: no tray run</source>
        <translation>两端在同一机柜内：无需桥架</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tray run %1 over %n segments</source>
        <translation>
            <numerusform>桥架路径 %1，经过 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:#b2182b&apos;&gt;No tray path between the racks&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b2182b&apos;&gt;机柜之间没有桥架路径&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load %1 · cooling limit %2 · power limit %3</source>
        <translation>负载 %1 · 制冷上限 %2 · 功率上限 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cooling headroom %1</source>
        <translation>制冷余量 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %n racks · fronts face %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n 个机柜 · 正面朝%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 long · %3 × %4 mm × %5 levels · at %6</source>
        <translation>%1 · 长 %2 · %3 × %4 mm × %5 层 · 高度 %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trunk tray</source>
        <translation>主干桥架</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row tray</source>
        <translation>列桥架</translation>
    </message>
</context>
<context>
    <name>hallwright::views::Hall3DView</name>
    <message>
        <location filename="../views/hall3d/hall3d_view.cpp" line="+392"/>
        <source>Failure of %1: %2</source>
        <translation>%1 故障：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a PDU, busway, UPS, transformer, generator, switch or cooling unit (Alt-click picks a busway over its racks).</source>
        <translation>选择一个 PDU、母线槽、UPS、变压器、柴油发电机、交换机或制冷机组（Alt+单击可选中机柜上方的母线槽）。</translation>
    </message>
</context>
<context>
    <name>hallwright::views::LeasePanel</name>
    <message>
        <location filename="../views/panels/lease_panel.cpp" line="+24"/>
        <source>Capital expenditure</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Estimate from catalog prices</source>
        <translation>按目录价格估算</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Some prices are estimates</source>
        <translation>部分价格为估算值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Returns</source>
        <translation>收益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a brief, an IT load and a PUE</source>
        <translation>需要任务书、IT 负载和 PUE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capex used</source>
        <translation>采用的资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT capex</source>
        <translation>IT 资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility capex</source>
        <translation>设施资本支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per accelerator-hour, first year</source>
        <translation>首年每加速卡小时价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue, first year</source>
        <translation>首年收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EBITDA, first year</source>
        <translation>首年息税折旧摊销前利润（EBITDA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV of equity cash flows</source>
        <translation>股权现金流净现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not within the contract</source>
        <translation>合同期内无法收回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break-even price per accelerator-hour</source>
        <translation>每加速卡小时盈亏平衡价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity</source>
        <translation>股权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual loan payment</source>
        <translation>年还款额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual value</source>
        <translation>残值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash flow: not computed (needs a brief with lease terms)</source>
        <translation>现金流：未计算（需要含租赁条款的任务书）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity: not computed</source>
        <translation>敏感性：未计算</translation>
    </message>
</context>
<context>
    <name>hallwright::views::LegendWidget</name>
    <message>
        <location filename="../views/common/legend_widget.cpp" line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>hallwright::views::NetworkPanel</name>
    <message>
        <location filename="../views/panels/network_panel.cpp" line="+15"/>
        <source>Compute fabric</source>
        <translation>计算网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage fabric</source>
        <translation>存储网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-band management</source>
        <translation>带内管理网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-band management</source>
        <translation>带外管理网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NVLink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No compute fabric in this design</source>
        <translation>此设计中没有计算网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compute fabric topology</source>
        <translation>计算网络拓扑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf switches</source>
        <translation>叶交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spine switches</source>
        <translation>脊交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core switches</source>
        <translation>核心交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node – leaf links</source>
        <translation>节点至叶交换机链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf – spine links</source>
        <translation>叶交换机至脊交换机链路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine – core links</source>
        <translation>脊交换机至核心交换机链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bisection bandwidth</source>
        <translation>对分带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max-flow between the two halves of the accelerators</source>
        <translation>加速卡两半之间的最大流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversubscription (worst leaf)</source>
        <translation>收敛比（最差的叶交换机）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch hops, most / mean</source>
        <translation>交换机跳数（最大 / 平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worst switch failure</source>
        <translation>最严重的交换机故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 accelerators cut off</source>
        <translation>%1：%2 张加速卡断开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cabling, all fabrics</source>
        <translation>布线（全部网络）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Cables</source>
        <translation>线缆</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Cable length</source>
        <translation>线缆长度</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+9"/>
        <source>Transceivers</source>
        <translation>光模块</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Patch panels</source>
        <translation>配线架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network bill of materials</source>
        <translation>网络物料清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switches, optics, cables and patch panels at catalog prices; not computed when an item has no price</source>
        <translation>交换机、光模块、线缆和配线架按目录价格计；有条目无价格时不计算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design rules</source>
        <translation>设计规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links without a cable</source>
        <translation>没有线缆的链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute NICs without a link</source>
        <translation>没有链路的计算网卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port conflicts</source>
        <translation>端口冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to missing devices</source>
        <translation>连接到缺失设备的链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links beyond any medium&apos;s reach</source>
        <translation>超出所有介质传输距离的链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overfilled tray segments</source>
        <translation>过满的桥架段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullest tray</source>
        <translation>最满的桥架</translation>
    </message>
</context>
<context>
    <name>hallwright::views::PerformancePanel</name>
    <message>
        <location filename="../views/panels/performance_panel.cpp" line="+15"/>
        <source>Compute as placed</source>
        <translation>已布置的算力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute racks</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak BF16 (dense)</source>
        <translation>BF16 峰值（稠密）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak FP8 (dense)</source>
        <translation>FP8 峰值（稠密）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training estimate</source>
        <translation>训练估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Training time</source>
        <translation>训练时长</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Needs a brief and an accelerator the catalog knows</source>
        <translation>需要任务书以及目录中已知的加速卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 parameters, %2 tokens</source>
        <translation>%1参数，%2 token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model FLOPs (6 N D)</source>
        <translation>模型 FLOPs（6 N D）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFU (predicted)</source>
        <translation>MFU（预测）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MFU (from the brief)</source>
        <translation>MFU（来自任务书）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sustained</source>
        <translation>持续算力</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tensor × pipeline × data</source>
        <translation>张量 × 流水线 × 数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 × %3</source>
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro-batch size</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per accelerator</source>
        <translation>单卡显存占用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>hallwright::views::PowerPanel</name>
    <message>
        <location filename="../views/panels/power_panel.cpp" line="+18"/>
        <source>Rack PDU</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPP</source>
        <translation>远程配电柜（RPP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS module</source>
        <translation>UPS 模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRAH unit</source>
        <translation>精密空调（CRAH）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDU</source>
        <translation>冷量分配单元（CDU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No racks to power</source>
        <translation>没有需要供电的机柜</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT load (catalog maximum)</source>
        <translation>IT 负载（目录最大值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT load at the design load factor</source>
        <translation>按设计负载率的 IT 负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power</source>
        <translation>设施总功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT load × PUE</source>
        <translation>IT 负载 × PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUE (estimated)</source>
        <translation>PUE（估算）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUE (from the brief)</source>
        <translation>PUE（来自任务书）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PUE the engine estimates</source>
        <translation>引擎估算的 PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual energy</source>
        <translation>年用电量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual electricity cost</source>
        <translation>年电费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed plant</source>
        <translation>已装配电设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS capacity</source>
        <translation>不间断电源（UPS）容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator capacity</source>
        <translation>柴油发电机容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rack PDUs</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busways</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPPs</source>
        <translation>远程配电柜（RPP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS modules</source>
        <translation>UPS 模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformers</source>
        <translation>变压器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generators</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Losses and overheads at full IT load</source>
        <translation>满 IT 负载下的损耗与附加负荷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPS losses</source>
        <translation>UPS 损耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transformer losses</source>
        <translation>变压器损耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution losses</source>
        <translation>配电损耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting, controls, security</source>
        <translation>照明、控制、安防</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst single failure of each kind</source>
        <translation>每类部件的最严重单点故障</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dark, %2 at risk; %3 of training left</source>
        <translation>%1 断电，%2 有风险；剩余 %3 的训练算力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged during a utility outage</source>
        <translation>按市电中断工况评估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load by row: not computed</source>
        <translation>各行负载：未计算</translation>
    </message>
</context>
<context>
    <name>hallwright::views::ProjectTreeModel</name>
    <message>
        <location filename="../views/panels/project_tree.cpp" line="+92"/>
        <location line="+92"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows outside any zone</source>
        <translation>不属于任何区域的机柜行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Racks outside any row</source>
        <translation>不属于任何机柜行的机柜</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>%n racks</source>
        <translation>
            <numerusform>%n 个机柜</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>U%1</source>
        <translation>U%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zero-U</source>
        <translation>零 U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Power plant</source>
        <translation>配电设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling plant</source>
        <translation>制冷设备</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> · feed %1</source>
        <translation> · 馈线 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rear doors</source>
        <translation>背板换热器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fabrics</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · rack %3</source>
        <translation>%1 · %2 · 机柜 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n switches</source>
        <translation>
            <numerusform>%n 台交换机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>hallwright::views::PropertiesPanel</name>
    <message>
        <location filename="../views/panels/properties_panel.cpp" line="+210"/>
        <source>&lt;b&gt;Move the rack&lt;/b&gt;</source>
        <translation>&lt;b&gt;移动机柜&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Move the row&lt;/b&gt;</source>
        <translation>&lt;b&gt;移动机柜行&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distance of the west edge from the hall&apos;s origin; Enter moves it (undoable)</source>
        <translation>西侧边缘到机房原点的距离；按回车键移动（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance of the south edge from the hall&apos;s origin; Enter moves it (undoable)</source>
        <translation>南侧边缘到机房原点的距离；按回车键移动（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West edge (x)</source>
        <translation>西侧边缘 (x)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>South edge (y)</source>
        <translation>南侧边缘 (y)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This design has no brief to edit.</source>
        <translation>此设计没有可编辑的任务书。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Brief field %1: changing it regenerates the design (undoable)</source>
        <translation>任务书字段 %1：修改后会重新生成设计（可撤销）</translation>
    </message>
</context>
<context>
    <name>hallwright::views::RackElevationView</name>
    <message>
        <location filename="../views/elevation/rack_elevation_view.cpp" line="+180"/>
        <source>Select a rack, a device or a cable to see its rack</source>
        <translation>选择机柜、设备或线缆以查看其所在机柜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hall open</source>
        <translation>未打开机房</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rack %1 · %2 · %3 U</source>
        <translation>机柜 %1 · %2 · %3 U</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rear</source>
        <translation>背面</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 · %2 · U%3–U%4</source>
        <translation>%1 · %2 · U%3–U%4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Port %1 · cable %2 · %3 → %4 %5 port %6</source>
        <translation>端口 %1 · 线缆 %2 · %3 → %4 %5 端口 %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(missing device)</source>
        <translation>（缺失设备）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 · no cable</source>
        <translation>端口 %1 · 无线缆</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · feed %2 · %3</source>
        <translation>%1 · 馈线 %2 · %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no cable</source>
        <translation>无线缆</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&lt;b&gt;%1&lt;/b&gt; ports</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 端口</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>p%1 · %2 → %3 %4 p%5</source>
        <translation>p%1 · %2 → %3 %4 p%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cables</source>
        <translation>无线缆</translation>
    </message>
</context>
<context>
    <name>hallwright::views::SummaryPanel</name>
    <message>
        <location filename="../views/panels/summary_panel.cpp" line="+21"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+31"/>
        <source>Design AI data halls: layout, network, power, cooling, economics.</source>
        <translation>设计 AI 数据机房：布局、网络、配电、制冷、经济性。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit once FILE is open and its plan painted (for timing).</source>
        <translation>打开 FILE 并绘制完平面图后退出（用于计时）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A .hall project to open.</source>
        <translation>要打开的 .hall 项目。</translation>
    </message>
</context>
</TS>
