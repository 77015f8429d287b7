using System.Text.RegularExpressions;

namespace Archive.Indexer.Regions;

/// <summary>
/// The one-character name a province's organs number their documents with (浙政发, 鲁政办发, 皖组字): a number opening on it
/// is the province's own only when the text speaks as the province (我省, 全省; an autonomous region's 我区, 全区, 自治区) and
/// never as a city (我市, 全市, 市委, 市府, 市直, 各区人民政府): a city quotes its province (《省政府关于…》, 省委) as any text
/// may. Where a city's organs share the character (宁政发 is 南京's as well as 宁夏's, 吉 吉林市's, 青 青岛's), and for an
/// autonomous region, whose 全区 a city's district writes as well, the text must name the province too.
/// </summary>
internal static partial class ProvinceAbbreviation
{
    private static readonly Dictionary<char, string> Provinces = new()
    {
        ['京'] = "北京市", ['津'] = "天津市", ['沪'] = "上海市", ['渝'] = "重庆市", ['冀'] = "河北省", ['晋'] = "山西省",
        ['蒙'] = "内蒙古自治区", ['辽'] = "辽宁省", ['吉'] = "吉林省", ['黑'] = "黑龙江省", ['苏'] = "江苏省", ['浙'] = "浙江省",
        ['皖'] = "安徽省", ['闽'] = "福建省", ['赣'] = "江西省", ['鲁'] = "山东省", ['豫'] = "河南省", ['鄂'] = "湖北省",
        ['湘'] = "湖南省", ['粤'] = "广东省", ['桂'] = "广西壮族自治区", ['琼'] = "海南省", ['川'] = "四川省", ['黔'] = "贵州省",
        ['滇'] = "云南省", ['云'] = "云南省", ['藏'] = "西藏自治区", ['陕'] = "陕西省", ['甘'] = "甘肃省", ['青'] = "青海省",
        ['宁'] = "宁夏回族自治区", ['新'] = "新疆维吾尔自治区",
    };

    /// <summary>
    /// The characters whose number alone does not tell (a city's organs number with them as well, or the text speaks as a
    /// region in words a district uses too), and the province's name a text of the province gives.
    /// </summary>
    private static readonly Dictionary<char, string> NamedInText = new()
    {
        ['宁'] = "宁夏", ['吉'] = "吉林省", ['青'] = "青海", ['蒙'] = "内蒙古", ['桂'] = "广西", ['藏'] = "西藏", ['新'] = "新疆",
    };

    /// <summary>The province a document's number names, read with the text it numbers, or null.</summary>
    public static string? OfNumber(string? docNumber, string? text)
    {
        if (docNumber is null || text is null || !OrganCode().IsMatch(docNumber) || !Provinces.TryGetValue(docNumber[0], out var province))
            return null;
        var speaksAsProvince = province.EndsWith("自治区", StringComparison.Ordinal) ? SpeaksAsRegion().IsMatch(text) : SpeaksAsProvince().IsMatch(text);
        var namesProvince = !NamedInText.TryGetValue(docNumber[0], out var name) || text.Contains(name, StringComparison.Ordinal);
        return speaksAsProvince && namesProvince && !SpeaksAsCity().IsMatch(text) ? province : null;
    }

    /// <summary>The province's character and an organ's code (政发, 政办发, 委发, 组通, 组字, 办发) before the year.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}(?:政|委|组|办)(?:办)?(?:发|函|通|字|电)?[〔\[(【]")]
    private static partial Regex OrganCode();

    [GeneratedRegex("我省|全省")]
    private static partial Regex SpeaksAsProvince();

    [GeneratedRegex("我区|全区|自治区")]
    private static partial Regex SpeaksAsRegion();

    [GeneratedRegex("我市|全市|我县|全县|市政府|市委|市府|市直|各区人民政府")]
    private static partial Regex SpeaksAsCity();
}
