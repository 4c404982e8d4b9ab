<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<!-- The leasing proposal in Simplified Chinese (context "Report"); edit with Qt Linguist or by hand. -->
<context>
    <name>Report</name>
    <message>
        <source>Compute leasing proposal</source>
        <translation>智算集群算力租赁方案</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>The hall</source>
        <translation>机房布局</translation>
    </message>
    <message>
        <source>Network and bill of materials</source>
        <translation>网络与物料清单</translation>
    </message>
    <message>
        <source>Power and cooling</source>
        <translation>配电与制冷</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Lease economics</source>
        <translation>租赁经济性</translation>
    </message>
    <message>
        <source>Assumptions and sources</source>
        <translation>假设与数据来源</translation>
    </message>
    <message>
        <source>none (the equity cash flows never turn)</source>
        <translation>无（股权现金流始终不转正）</translation>
    </message>
    <message>
        <source>not within the lease term</source>
        <translation>租期内未回收</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Peak compute, BF16 dense</source>
        <translation>峰值算力（BF16 稠密）</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>IT 功率</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>设施总功率</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Training time (%1 parameters, %2 tokens)</source>
        <translation>训练时间（%1参数，%2 token）</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Revenue over %1 years</source>
        <translation>%1 年总收入</translation>
    </message>
    <message>
        <source>Net profit over %1 years</source>
        <translation>%1 年总净利润</translation>
    </message>
    <message>
        <source>Equity NPV</source>
        <translation>股权净现值（NPV）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权内部收益率（IRR）</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>This proposal offers %1 accelerators in one hall, %2, for lease over %3 years. The figures below are the engine's analysis of the design as it stands.</source>
        <translation>本方案在一个机房（%2）内提供 %1 张加速卡，租期 %3 年。以下数据均为引擎对当前设计的分析结果。</translation>
    </message>
    <message>
        <source>Design-rule check: %1 errors, %2 warnings.</source>
        <translation>设计规则检查：%1 个错误，%2 个警告。</translation>
    </message>
    <message>
        <source>Lease price: %1 per accelerator-hour at %2 utilization.</source>
        <translation>租赁价格：每卡时 %1，利用率 %2。</translation>
    </message>
    <message>
        <source>Hall (width × depth)</source>
        <translation>机房（宽 × 深）</translation>
    </message>
    <message>
        <source>%1 m × %2 m</source>
        <translation>%1 米 × %2 米</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>机柜</translation>
    </message>
    <message>
        <source>Compute racks</source>
        <translation>计算机柜</translation>
    </message>
    <message>
        <source>Network racks</source>
        <translation>网络机柜</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>机柜行</translation>
    </message>
    <message>
        <source>Compute nodes</source>
        <translation>计算节点</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>平面布置图</translation>
    </message>
    <message>
        <source>Racks coloured by role; north is up.</source>
        <translation>机柜按用途着色；上方为北。</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <source>Fabric tiers</source>
        <translation>网络层数</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>交换机型号</translation>
    </message>
    <message>
        <source>Leaf switches</source>
        <translation>叶交换机</translation>
    </message>
    <message>
        <source>Spine switches</source>
        <translation>脊交换机</translation>
    </message>
    <message>
        <source>Core switches</source>
        <translation>核心交换机</translation>
    </message>
    <message>
        <source>Node–leaf links</source>
        <translation>节点–叶链路</translation>
    </message>
    <message>
        <source>Leaf–spine links</source>
        <translation>叶–脊链路</translation>
    </message>
    <message>
        <source>Spine–core links</source>
        <translation>脊–核心链路</translation>
    </message>
    <message>
        <source>Compute-fabric cables</source>
        <translation>计算网络线缆</translation>
    </message>
    <message>
        <source>Compute-fabric transceivers</source>
        <translation>计算网络光模块</translation>
    </message>
    <message>
        <source>Compute-fabric cable length</source>
        <translation>计算网络线缆总长</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Bisection bandwidth</source>
        <translation>对分带宽</translation>
    </message>
    <message>
        <source>Oversubscription</source>
        <translation>收敛比</translation>
    </message>
    <message>
        <source>Cables, all fabrics</source>
        <translation>线缆（全部网络）</translation>
    </message>
    <message>
        <source>Transceivers, all fabrics</source>
        <translation>光模块（全部网络）</translation>
    </message>
    <message>
        <source>Switches, all fabrics</source>
        <translation>交换机（全部网络）</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>有出处</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (CNY)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>Total (CNY)</source>
        <translation>总价（元）</translation>
    </message>
    <message>
        <source>Price basis</source>
        <translation>价格依据</translation>
    </message>
    <message>
        <source>Catalog prices are indicative; the basis column says whether a price is sourced or an estimate (see Assumptions and sources).</source>
        <translation>目录价格仅供参考；“价格依据”一栏注明价格有出处还是估算（见“假设与数据来源”）。</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余方式</translation>
    </message>
    <message>
        <source>UPS installed</source>
        <translation>UPS 装机容量</translation>
    </message>
    <message>
        <source>Energy per year</source>
        <translation>年用电量</translation>
    </message>
    <message>
        <source>Transformers</source>
        <translation>变压器</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <source>Rack PDUs</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <source>Power distribution</source>
        <translation>配电</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>制冷</translation>
    </message>
    <message>
        <source>Heat load</source>
        <translation>热负荷</translation>
    </message>
    <message>
        <source>Air-cooled heat</source>
        <translation>风冷散热量</translation>
    </message>
    <message>
        <source>Liquid-cooled heat</source>
        <translation>液冷散热量</translation>
    </message>
    <message>
        <source>Heat taken by rear doors</source>
        <translation>背板换热器带走的热量</translation>
    </message>
    <message>
        <source>Racks with a rear-door heat exchanger</source>
        <translation>配备背板换热器的机柜</translation>
    </message>
    <message>
        <source>CRAH / fan-wall units</source>
        <translation>精密空调 / 风墙</translation>
    </message>
    <message>
        <source>CDU units</source>
        <translation>CDU（冷量分配单元）</translation>
    </message>
    <message>
        <source>Chillers</source>
        <translation>冷水机组</translation>
    </message>
    <message>
        <source>Single failures</source>
        <translation>单点故障分析</translation>
    </message>
    <message>
        <source>The worst single failure of each kind of component, as the engine sweeps them.</source>
        <translation>引擎逐一模拟各类部件故障，下表为每类部件最严重的单点故障。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Worst case</source>
        <translation>最严重的故障部件</translation>
    </message>
    <message>
        <source>Accelerators dark</source>
        <translation>断电加速卡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>过热风险</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>断网</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>仍在运行</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数量</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>Training compute (6 N D)</source>
        <translation>训练计算量（6 N D）</translation>
    </message>
    <message>
        <source>Model FLOPs utilization (MFU)</source>
        <translation>模型算力利用率（MFU）</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1（预测值）</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1（估算）</translation>
    </message>
    <message>
        <source>Sustained compute</source>
        <translation>持续算力</translation>
    </message>
    <message>
        <source>Chosen parallel layout</source>
        <translation>选定的并行方案</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <source>Data parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <source>Virtual pipeline stages</source>
        <translation>虚拟流水线阶段</translation>
    </message>
    <message>
        <source>Micro-batch size</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <source>Micro-batches per step</source>
        <translation>每步微批数</translation>
    </message>
    <message>
        <source>Memory per accelerator</source>
        <translation>每卡显存占用</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <source>Rank order</source>
        <translation>进程排布顺序</translation>
    </message>
    <message>
        <source>The MFU was given in the brief; no parallel layout was searched.</source>
        <translation>MFU 由设计任务书给定，未搜索并行方案。</translation>
    </message>
    <message>
        <source>The lease is not computed: it needs a brief, prices for every placed item and a PUE.</source>
        <translation>租赁未计算：需要设计任务书、所有设备的价格以及 PUE。</translation>
    </message>
    <message>
        <source>Equity outlay (year 0)</source>
        <translation>股权投入（第 0 年）</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Resale value at the end</source>
        <translation>期末残值</translation>
    </message>
    <message>
        <source>Break-even price per accelerator-hour</source>
        <translation>盈亏平衡卡时价格</translation>
    </message>
    <message>
        <source>Cash flow by year (%1)</source>
        <translation>逐年现金流（%1）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Equity cash flow</source>
        <translation>股权现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>The tornado moves each driver by ±10 % (the yearly price change by ±5 percentage points) with the others at their base values.</source>
        <translation>龙卷风图中每个因素单独变动 ±10 %（价格年变化率变动 ±5 个百分点），其余因素保持基准值。</translation>
    </message>
    <message>
        <source>engine chooses</source>
        <translation>由引擎选择</translation>
    </message>
    <message>
        <source>Inputs of the design brief</source>
        <translation>设计任务书输入</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>The design has no brief: the lease and training inputs are not known.</source>
        <translation>该设计没有任务书：租赁与训练输入未知。</translation>
    </message>
    <message>
        <source>Catalog items and their sources</source>
        <translation>目录设备及数据来源</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Estimated figures</source>
        <translation>估算的参数</translation>
    </message>
    <message>
        <source>Capex lines</source>
        <translation>资本支出明细</translation>
    </message>
    <message>
        <source>Methods: training time is 6 N D model FLOPs over peak compute times MFU (Kaplan et al. 2020); the MFU is predicted from the parallel layout searched for the fabric (Narayanan et al. 2021; Korthikanti et al. 2022); the lease cash flows, NPV, IRR and payback are those of the lease economics section.</source>
        <translation>方法说明：训练时间 = 6 N D 模型浮点运算量 ÷（峰值算力 × MFU）（Kaplan 等，2020）；MFU 由针对该网络搜索出的并行布局预测（Narayanan 等，2021；Korthikanti 等，2022）；现金流、净现值、内部收益率和投资回收期见租赁经济性一节。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Prepared with Hallwright on %1</source>
        <translation>由 Hallwright 于 %1 生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The 3D view is not included in this PDF.</source>
        <translation>本 PDF 未包含三维视图。</translation>
    </message>
    <message>
        <source>The 3D view is not included: %1</source>
        <translation>未包含三维视图：%1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>NPV change, %1</source>
        <translation>NPV 变化（%1）</translation>
    </message>
    <message>
        <source>Cash flow by year</source>
        <translation>逐年现金流</translation>
    </message>
    <message>
        <source>Cumulative equity cash flow</source>
        <translation>累计股权现金流</translation>
    </message>
    <message>
        <source>Payback line (zero)</source>
        <translation>回收线（零）</translation>
    </message>
    <message>
        <source>Payback after %1</source>
        <translation>%1 后回收</translation>
    </message>
    <message>
        <source>Cumulative equity cash flow and payback</source>
        <translation>累计股权现金流与投资回收</translation>
    </message>
    <message>
        <source>IRR sensitivity (base %1)</source>
        <translation>内部收益率敏感性（基准 %1）</translation>
    </message>
    <message>
        <source>NPV sensitivity (base %1; no IRR)</source>
        <translation>NPV 敏感性（基准 %1；无 IRR）</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Operating costs</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Lease price</source>
        <translation>租赁价格</translation>
    </message>
    <message>
        <source>Facility fit-out (per kW IT)</source>
        <translation>机房装修（按 IT 千瓦计）</translation>
    </message>
    <message>
        <source>Facility fit-out, per kW of IT (not a placed item)</source>
        <translation>机房装修（按 IT 千瓦计，非安装设备）</translation>
    </message>
    <message>
        <source>Capex estimate</source>
        <translation>资本支出估算</translation>
    </message>
    <message>
        <source>Transformers, IT load</source>
        <translation>变压器（IT 负载）</translation>
    </message>
    <message>
        <source>Transformers, mechanical plant</source>
        <translation>变压器（机械设备）</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降频运行</translation>
    </message>
    <message>
        <source>Still powered</source>
        <translation>仍有供电</translation>
    </message>
    <message>
        <source>Training capacity left</source>
        <translation>剩余训练能力</translation>
    </message>
    <message>
        <source>Dark: without power. At risk: powered, but beyond the cooling left. Degraded: running throttled (a feed at its limit). Cut off: powered, but without a path through the fabric. Training capacity left: the share of the accelerators a training job can still use.</source>
        <translation>断电：失去供电。有风险：有供电，但超出剩余制冷能力。降频运行：供电达到上限而降频。网络中断：有供电，但与网络失去连接。剩余训练能力：训练任务仍可使用的加速卡比例。</translation>
    </message>
    <message>
        <source>Price change per year</source>
        <translation>价格年变化率</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>机房租金</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>IRR change, percentage points</source>
        <translation>内部收益率变化（百分点）</translation>
    </message>
    <message>
        <source>Opex</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>折旧</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Tax refund</source>
        <translation>退税</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Rack PDU</source>
        <translation>机柜 PDU</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>母线槽</translation>
    </message>
    <message>
        <source>Remote power panel</source>
        <translation>列头柜</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>柴油发电机</translation>
    </message>
    <message>
        <source>CRAH / fan wall</source>
        <translation>精密空调 / 风墙</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation>网络交换机</translation>
    </message>
    <message>
        <source>Input +%1 %</source>
        <translation>输入 +%1 %</translation>
    </message>
    <message>
        <source>Input −%1 %</source>
        <translation>输入 −%1 %</translation>
    </message>
    <message>
        <source>airflow</source>
        <translation>风量</translation>
    </message>
    <message>
        <source>BF16 dense compute</source>
        <translation>BF16 稠密算力</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>compute links per module</source>
        <translation>每模块计算链路数</translation>
    </message>
    <message>
        <source>compute NIC form factor</source>
        <translation>计算网卡规格</translation>
    </message>
    <message>
        <source>compute NIC speed</source>
        <translation>计算网卡速率</translation>
    </message>
    <message>
        <source>compute NICs</source>
        <translation>计算网卡数</translation>
    </message>
    <message>
        <source>coolant flow</source>
        <translation>冷却液流量</translation>
    </message>
    <message>
        <source>current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>diameter</source>
        <translation>直径</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>empty weight</source>
        <translation>空载重量</translation>
    </message>
    <message>
        <source>stored energy</source>
        <translation>储能容量</translation>
    </message>
    <message>
        <source>FP8 dense compute</source>
        <translation>FP8 稠密算力</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>GEMM efficiency</source>
        <translation>矩阵乘效率</translation>
    </message>
    <message>
        <source>share of heat to liquid</source>
        <translation>液冷散热占比</translation>
    </message>
    <message>
        <source>market price per accelerator-hour</source>
        <translation>每卡时市场价格</translation>
    </message>
    <message>
        <source>maximum power</source>
        <translation>最大功率</translation>
    </message>
    <message>
        <source>maximum reach</source>
        <translation>最大传输距离</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>显存容量</translation>
    </message>
    <message>
        <source>management ports</source>
        <translation>管理端口数</translation>
    </message>
    <message>
        <source>out-of-band ports</source>
        <translation>带外管理端口数</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>相数</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>端口数</translation>
    </message>
    <message>
        <source>ports per end</source>
        <translation>每端端口数</translation>
    </message>
    <message>
        <source>power factor</source>
        <translation>功率因数</translation>
    </message>
    <message>
        <source>power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>power supplies</source>
        <translation>电源模块数</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>fixed price</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <source>price per metre</source>
        <translation>每米价格</translation>
    </message>
    <message>
        <source>rated power</source>
        <translation>额定功率</translation>
    </message>
    <message>
        <source>scale-up bandwidth</source>
        <translation>纵向扩展带宽</translation>
    </message>
    <message>
        <source>static load</source>
        <translation>静态承重</translation>
    </message>
    <message>
        <source>stock lengths</source>
        <translation>标准长度</translation>
    </message>
    <message>
        <source>storage NIC speed</source>
        <translation>存储网卡速率</translation>
    </message>
    <message>
        <source>storage NICs</source>
        <translation>存储网卡数</translation>
    </message>
    <message>
        <source>super-node switch rack power</source>
        <translation>超节点交换机柜功率</translation>
    </message>
    <message>
        <source>thermal design power</source>
        <translation>热设计功耗</translation>
    </message>
    <message>
        <source>typical power</source>
        <translation>典型功率</translation>
    </message>
    <message>
        <source>height in U</source>
        <translation>高度（U）</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
</context>
</TS>
