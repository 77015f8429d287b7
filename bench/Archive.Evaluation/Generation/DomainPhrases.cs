namespace Archive.Evaluation.Generation;

/// <summary>The stock phrases of organization-work writing that generated headlines, headings and names are built from.</summary>
internal static class DomainPhrases
{
    /// <summary>What articles of organization work are about, for headlines and notice titles composed in their manner.</summary>
    public static readonly string[] TopicNames =
    [
        "疫情防控", "党建引领基层治理", "干部队伍建设", "年轻干部培养", "人才引进", "乡村振兴", "基层党组织建设",
        "党员教育管理", "作风建设", "考察识别干部", "选调生管理", "村级后备力量", "软弱涣散党组织整顿", "两新组织党建",
        "机关党建", "城市基层党建", "党史学习教育", "主题教育", "干部担当作为", "基层减负", "驻村第一书记",
        "网格化管理", "党员志愿服务", "人才服务保障", "干部实绩考核", "村（社区）两委换届", "党员发展质量", "组工干部自身建设",
    ];

    public static readonly string[] Actions =
    [
        "筑牢", "推动", "激发", "凝聚", "做实", "夯实", "打造", "健全", "深化", "强化", "提升", "织密", "建强", "激活",
    ];

    public static readonly string[] Objects =
    [
        "红色堡垒", "战斗堡垒", "组织优势", "先锋力量", "发展动能", "人才引擎", "治理效能", "干事活力", "红色引擎",
        "服务体系", "责任链条", "工作合力", "党建品牌", "连心桥", "防控网", "组织保障",
    ];

    public static readonly string[] Headings =
    [
        "强化组织领导，健全工作体系", "坚持党建引领，推进力量下沉", "发挥职能作用，凝聚整体合力", "加大支撑保障，推动担当作为",
        "注重示范带动，强化履职尽责", "聚焦重点任务，狠抓工作落实", "创新工作方法，提升服务效能",
    ];

    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "田", "萧", "潘", "袁", "蒋", "蔡", "余", "杜",
    ];

    public static readonly string[] GivenNameCharacters =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "晓", "宇", "欢", "睿", "鸣", "国", "天", "星", "宏", "远", "春", "玲", "浩", "茹", "德", "江", "友", "娇",
    ];
}
