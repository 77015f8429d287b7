using Archive.Indexer.Regions;

namespace Archive.Indexer.Tests.Regions;

public sealed class GazetteerTests
{
    private static readonly Lazy<Gazetteer> Shared = new(Gazetteer.LoadDefault);

    private static Gazetteer Gazetteer => Shared.Value;

    [Theory]
    [InlineData("宜秀区委组织部", "安徽省/安庆市/宜秀区")]
    [InlineData("铜川市王益区", "陕西省/铜川市/王益区")]
    [InlineData("旌德县", "安徽省/宣城市/旌德县")]
    [InlineData("中共安庆市委组织部", "安徽省/安庆市")]
    [InlineData("中共安庆市委组织部研究室", "安徽省/安庆市")]
    [InlineData("安庆组工信息", "安徽省/安庆市")]
    [InlineData("宜秀：网格化管理", "安徽省/安庆市/宜秀区")]
    [InlineData("金安：“五线五关”发挥疫情防控组织作用", "安徽省/六安市/金安区")]
    [InlineData("扶沟:“四把尺子”排查软弱涣散村", "河南省/周口市/扶沟县")]
    [InlineData("桐城市委组织部", "安徽省/安庆市/桐城市")]
    [InlineData("中共旌德县委", "安徽省/宣城市/旌德县")]
    [InlineData("北京市东城区委组织部", "北京市/东城区")]
    [InlineData("重庆市委组织部", "重庆市")]
    [InlineData("垫江县委组织部", "重庆市/垫江县")]
    [InlineData("六安先锋网", "安徽省/六安市")]
    [InlineData("濮阳网讯", "河南省/濮阳市")]
    [InlineData("江苏省委组织部", "江苏省")]
    [InlineData("中共东莞市委组织部", "广东省/东莞市")]
    [InlineData("中共泾县县委组织部", "安徽省/宣城市/泾县")]
    [InlineData("中共和县县委组织部", "安徽省/马鞍山市/和县")]
    [InlineData("中共共和县委组织部", "青海省/海南藏族自治州/共和县")]
    [InlineData("经中共和县县委研究决定", "安徽省/马鞍山市/和县")]
    [InlineData("安徽省歙县", "安徽省/黄山市/歙县")]
    [InlineData("甘肃岷县", "甘肃省/定西市/岷县")]
    [InlineData("在超过丰县的基础上", "江苏省/徐州市/丰县")]
    public void Resolves_places_to_paths(string text, string path) =>
        Assert.Equal(path, Gazetteer.Resolve(text));

    [Theory]
    [InlineData("察右后旗委组织部", "内蒙古自治区/乌兰察布市/察哈尔右翼后旗")]
    [InlineData("科左中旗", "内蒙古自治区/通辽市/科尔沁左翼中旗")]
    [InlineData("达茂旗", "内蒙古自治区/包头市/达尔罕茂明安联合旗")]
    [InlineData("大通县:“三级导师”帮带制", "青海省/西宁市/大通回族土族自治县")]
    [InlineData("阿坝州人大常委会", "四川省/阿坝藏族羌族自治州")]
    [InlineData("中共琼中县委书记", "海南省/琼中黎族苗族自治县")]
    [InlineData("河南柘城", "河南省/商丘市/柘城县")]
    [InlineData("云南昆明官渡区", "云南省/昆明市/官渡区")]
    [InlineData("山东鱼台:全覆盖升级党群服务中心", "山东省/济宁市/鱼台县")]
    [InlineData("福建连城大学生“归巢工程”结硕果", "福建省/龙岩市/连城县")]
    [InlineData("陕西咸阳推进基层党组织全面过硬", "陕西省/咸阳市")]
    [InlineData("金安、裕安两区", "安徽省/六安市/金安区")] // short names in a list of places
    [InlineData("西藏表彰100个农牧区基层党组织", "西藏自治区")] // a text may open with its province
    [InlineData("六安日报", "安徽省/六安市")]
    [InlineData("武汉经开区", "湖北省/武汉市")] // a development zone named after its city
    [InlineData("忻州市委组织部部长到繁峙调研指导工作", "山西省/忻州市/繁峙县")] // a short name an official goes to, to inspect
    [InlineData("平定县委组织部组团赴繁峙考察学习", "山西省/阳泉市/平定县")] // the first place named leads where the second is apart
    public void Reads_short_forms(string text, string path) =>
        Assert.Equal(path, Gazetteer.Resolve(text));

    [Theory]
    [InlineData("望江縣委組織部", "安徽省/安庆市/望江县")]
    [InlineData("石景山區委組織部", "北京市/石景山区")]
    [InlineData("遼寧省本溪市", "辽宁省/本溪市")]
    [InlineData("中共龍巖市委組織部", "福建省/龙岩市")]
    [InlineData("乾安县", "吉林省/松原市/乾安县")]
    public void Reads_traditional_characters(string text, string path) =>
        Assert.Equal(path, Gazetteer.Resolve(text));

    [Theory]
    [InlineData("中共吴江市委组织部", "江苏省/苏州市/吴江区")] // a county-level city made a district (2012)
    [InlineData("双流县召开组织工作会议", "四川省/成都市/双流区")] // a county made a district
    [InlineData("凤翔县委组织部", "陕西省/宝鸡市/凤翔区")] // (2021)
    [InlineData("通县", "北京市/通州区")] // of two 通州区, the one the list names
    [InlineData("通州市", "江苏省/南通市/通州区")]
    [InlineData("崇文区职业介绍中心", "北京市/东城区")] // merged (2010): the hand list
    [InlineData("襄樊市委组织部", "湖北省/襄阳市")] // renamed (2010)
    [InlineData("大通县", "青海省/西宁市/大通回族土族自治县")] // not 淮南's 大通区: the name means a place already
    public void Reads_the_former_names_of_places_older_documents_use(string text, string path) =>
        Assert.Equal(path, Gazetteer.Resolve(text));

    [Theory]
    [InlineData("鼓楼区委组织部", "江苏省/南京市", "江苏省/南京市/鼓楼区")]
    [InlineData("鼓楼区委组织部", "中共福州市委组织部", "福建省/福州市/鼓楼区")]
    [InlineData("朝阳区", "北京市", "北京市/朝阳区")]
    [InlineData("朝阳区", "吉林省/长春市", "吉林省/长春市/朝阳区")]
    // Two places named apart: the one inside the issuer's region.
    [InlineData("桐城市直机关工委党建考察团来望江县考察基层党建工作", "中共望江县委组织部", "安徽省/安庆市/望江县")]
    public void The_context_breaks_ties_between_same_named_places(string text, string context, string path) =>
        Assert.Equal(path, Gazetteer.Resolve(text, context));

    [Theory]
    [InlineData("鼓楼区委组织部")] // four cities have a 鼓楼区: without a context, no guess
    [InlineData("市委组织部")]
    [InlineData("县委组织部")] // a bare level word is no place (重庆 keeps its counties under a bookkeeping 县)
    [InlineData("区委组织部组织科")]
    [InlineData("镇党委")]
    [InlineData("在津举行")] // one-character abbreviations are not read
    [InlineData("维护世界和平，促进共同发展")] // 和平 is a word here, not 和平区
    [InlineData("东方欲晓，莫道君行早")] // nor is 东方 the city of 东方市
    [InlineData("助力乡村振兴、围绕中心大局")] // a word before a separator is no place (振兴区) unless places follow
    [InlineData("据光明日报报道")] // a district's stem before 日报 is a word (光明区)
    [InlineData("各乡镇党委和县委工委")] // 和县 after a conjunction is the conjunction and a level word
    [InlineData("推动新时代县域经济发展")] // nor is a word's end and a level word a county (代县)
    [InlineData("嘉義縣委組織部")] // a place the gazetteer does not hold hides none inside it (义县)
    [InlineData("推动河北县域经济发展")] // no former 河北县 of 天津's 河北区: former names are a list, not a rule
    [InlineData("建设新城市")] // nor 新城市 of a 新城区
    [InlineData("旧金山市华人社区")] // nor 金山市 of 上海's 金山区
    [InlineData("6月底，召开县第十二次党代会")] // nor 开县 (开州区's former name) at the end of 召开
    [InlineData("")]
    public void Names_no_place_rather_than_a_wrong_one(string text) =>
        Assert.Null(Gazetteer.Resolve(text));

    [Theory]
    [InlineData("连云港高新区组织人事部", "江苏省/连云港市")]
    [InlineData("嘉善县委组织部", "浙江省/嘉兴市/嘉善县")]
    public void A_department_may_start_with_a_short_name(string department, string path) =>
        Assert.Equal(path, Gazetteer.Match(department, (string?)null, PlaceReading.Department)?.Place.Path);

    [Theory]
    [InlineData("大关镇党委")] // a town of 桐城市 named like 大关县
    [InlineData("城关街道党工委")]
    public void A_short_name_before_a_town_or_village_names_the_town(string department) =>
        Assert.Null(Gazetteer.Match(department, (string?)null, PlaceReading.Department));

    [Fact]
    public void A_full_unique_name_is_surer_than_a_short_or_chosen_one()
    {
        Assert.Equal(1.0, Gazetteer.Match("宜秀区委组织部")!.Certainty);
        Assert.True(Gazetteer.Match("宜秀：网格化管理")!.Certainty < 1.0);
        Assert.True(Gazetteer.Match("鼓楼区", "江苏省/南京市")!.Certainty < 1.0);
    }

    [Fact]
    public void A_page_is_placed_in_the_city_its_places_point_to()
    {
        var text = "充分利用六安先锋网发布信息。金安区、裕安区组织部门全员参与。鼓楼街道的管控区调整到城南镇。";
        Assert.Equal("安徽省/六安市", Gazetteer.InferRegion(text)?.Place.Path);
    }

    [Theory]
    [InlineData("湖南省益阳市委组织部委托举办培训班。湖南省委组织部有关同志带队。益阳市80后村书记参加。", "湖南省/益阳市")]
    [InlineData("全省农村基层党建工作现场会在南充市蓬安县召开。蓬安县委书记介绍经验,蓬安县长梁乡中坝村发生巨变。", "四川省/南充市/蓬安县")]
    [InlineData("河南省委组织部召开部务会。", "河南省")]
    // A city-wide story that names one of its districts in passing stays at the city.
    [InlineData("南京市推进社区治理。南京市各区都有做法,鼓楼区的网格化管理是其中之一。", "江苏省/南京市")]
    // A list of cities, then a sentence running on to another list closed by 等村: the cities are no villages.
    [InlineData("长沙、株洲、湘潭三市组织部门负责同志先后深入韶山、花明楼等村开展学习交流。", "湖南省")]
    public void A_text_is_placed_as_deep_as_its_places_agree(string text, string path) =>
        Assert.Equal(path, Gazetteer.InferRegion(text)?.Place.Path);

    [Fact]
    public void A_text_naming_two_cities_of_a_province_and_not_the_province_is_placed_in_it() =>
        Assert.Equal("湖北省", Gazetteer.InferRegion("选派的干部分赴黄冈市、孝感市的乡镇挂职,来自各机关单位。")?.Place.Path);

    [Theory]
    [InlineData("县委组织部召开部务会,传达全市组织部长会议精神。")]
    // Two counties of one city imply the city no more than the province.
    [InlineData("金寨县、霍邱县的党员参加了培训。")]
    [InlineData("学习丰县和贾汪区的做法,外学沭阳。江苏各地都在行动,浙江也有经验。")]
    // A list closed by 等社区 names communities: 凤凰 and 永兴 there are no counties of 湘西 and 郴州.
    [InlineData("调研组先后深入松涛、北门、凤凰、永兴、溪南、天马、莲花和华莲等社区,听取各社区党建工作汇报。")]
    public void A_text_whose_places_disagree_or_are_absent_is_placed_nowhere(string text) =>
        Assert.Null(Gazetteer.InferRegion(text)?.Place.Path);

    [Fact]
    public void Short_forms_are_listed_with_their_paths()
    {
        var forms = Gazetteer.ShortForms().ToList();
        Assert.Contains(("察右后旗", "内蒙古自治区/乌兰察布市/察哈尔右翼后旗"), forms);
        Assert.Contains(("大通县", "青海省/西宁市/大通回族土族自治县"), forms);
        Assert.Contains(("安庆", "安徽省/安庆市"), forms);
        Assert.DoesNotContain(forms, f => f.ShortForm.Length < 2);
        Assert.DoesNotContain(("海南", "青海省/海南藏族自治州"), forms);
    }
}
