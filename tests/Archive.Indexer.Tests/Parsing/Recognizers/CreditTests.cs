using Archive.Indexer.Parsing;
using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

/// <summary>Attributions, bylines, datelines, speakers and captions: who wrote an article and where it comes from.</summary>
public sealed class CreditTests
{
    [Theory]
    [InlineData("宜秀区委组织部", "宜秀区委组织部", "")]
    [InlineData("作者单位：浏阳市委组织部", "浏阳市委组织部", "")]
    [InlineData("齐河县委组织部 曹志亮 王慧敏", "齐河县委组织部", "曹志亮 王慧敏")]
    [InlineData("杨征程(建湖县委组织部)", "建湖县委组织部", "杨征程")]
    [InlineData("干部科", "干部科", "")]
    [InlineData("城关镇合作社", "城关镇合作社", "")]
    [InlineData("党建办 李明", "党建办", "李明")]
    [InlineData("信息来源：青山镇党委", "青山镇党委", "")]
    [InlineData("资料来源:市委组织部组织科", "市委组织部组织科", "")]
    [InlineData("通讯员 崔璨", null, "崔璨")]
    [InlineData("调研组成员：张强　李丽", null, "张强 李丽")]
    [InlineData("执笔：王晓东", null, "王晓东")]
    [InlineData("市委组织部课题组成员：刘芳 陈诚", "市委组织部", "刘芳 陈诚")]
    [InlineData("记者 斯信忠 县委报道组 徐平", null, "斯信忠 徐平")]
    [InlineData("首席记者 张莎 实习生 蒋静", null, "张莎 蒋静")]
    [InlineData("德阳日报记者 张伟", null, "张伟")]
    [InlineData("全媒體記者 石騰飛", null, "石騰飛")]
    [InlineData("李永谦记者汪仁洪", null, "李永谦 汪仁洪")]
    [InlineData("撰稿:本报记者 赵靖云 王刘芳 摄影:本报记者 李继辉", null, "赵靖云 王刘芳")]
    [InlineData("撰稿:李明 审核:王强 编辑:赵刚", null, "李明")]
    [InlineData("记者 黄 颖", null, "黄颖")]
    [InlineData("记者 毛 万 春", null, "毛万春")]
    [InlineData("毛 万 春", null, "毛万春")]
    [InlineData("通讯员 王　　伟 李 强", null, "王伟 李强")]
    [InlineData("记者 欧 阳 振 华", null, "欧阳振华")]
    [InlineData("王嘉斌摄(人民视觉)", null, "王嘉斌")]
    [InlineData("文/图:开发区党工委宣传部 陈晓雯", "开发区党工委宣传部", "陈晓雯")]
    [InlineData("文/圖:市總工會辦公室 林志遠", "市總工會辦公室", "林志遠")]
    [InlineData("图/文 张海涛", null, "张海涛")]
    [InlineData("张晓燕/文图", null, "张晓燕")]
    [InlineData("張曉燕/文圖", null, "張曉燕")]
    [InlineData("云海网东山站5月8日讯(记者 李明 通讯员 王芳)", null, "李明 王芳")]
    [InlineData("文字:王立新 图片:赵明", null, "王立新")]
    [InlineData("通组", "通组", "")]
    [InlineData("吴江日报　李伟 孙跃勤", "吴江日报", "李伟 孙跃勤")]
    [InlineData("来源:长治日报 记者 解婷", null, "解婷")]
    [InlineData("平舆融媒 常启慧 朱青 单江坤", "平舆融媒", "常启慧 朱青 单江坤")]
    [InlineData("平舆融媒 记者 常启慧", "平舆融媒", "常启慧")] // a media centre set apart is the source, a paper (长治日报 记者) not
    [InlineData("供稿单位：赣榆区委组织部", "赣榆区委组织部", "")]
    [InlineData("陆组轩", null, "陆组轩")]
    [InlineData("县政协副主席  王小明", null, "王小明")] // an office is no department
    public void Reads_department_and_authors(string credit, string? department, string authors)
    {
        var line = Lines.Of(credit);
        var read = Credit.Read(line.Folded);
        Assert.NotNull(read);
        Assert.Equal(department, read.DepartmentIn(line));
        Assert.Equal(authors, string.Join(" ", read.AuthorsIn(line)));
    }

    [Theory]
    [InlineData("津云新闻编辑孙畅")]
    [InlineData("“津云”—北方网编辑侯静")]
    [InlineData("试行")]
    [InlineData("(责任编辑:王芳)")]
    [InlineData("责任编辑：王芳")]
    [InlineData("(责编:王芳)")]
    [InlineData("清风苑9月2日讯 ")]
    [InlineData("(新华社)")]
    [InlineData("(中新社)")]
    [InlineData("(美联社)")]
    public void An_editor_or_a_qualifier_names_nobody(string credit) => Assert.Null(Credit.Read(Lines.Folded(credit)));

    [Theory]
    [InlineData("——编者", true)]
    [InlineData("—本刊编辑部", true)]
    [InlineData("(责任编辑:王芳)", true)]
    [InlineData("(责编:王芳)", true)]
    [InlineData("签发/阿   勇", true)]
    [InlineData("编辑/于飞飞", true)]
    [InlineData("编者按", false)]
    [InlineData("——记县委组织部编者王芳", false)]
    public void Tells_the_editors_credits(string line, bool editor) => Assert.Equal(editor, Credit.IsEditor(Lines.Folded(line)));

    [Theory]
    [InlineData("（宜秀区委组织部）")]
    [InlineData("(乌海市委组织部)")]
    [InlineData("焦作市中站区委组织部供稿")]
    [InlineData("供稿：中原区委组织部")]
    [InlineData("(德阳日报记者 张伟)")]
    [InlineData("( 河南省委組織部供稿)")]
    [InlineData("（来源：《学习时报》）")]
    [InlineData("摘自《浙江组工》")]
    [InlineData("（选自《习近平谈治国理政》）")]
    [InlineData("（来源：浙江在线）")]
    [InlineData("(摘自人民网)")]
    public void Recognizes_an_attribution_alone(string line) => Assert.NotNull(Attribution.AloneOnLine(Lines.Folded(line)));

    [Theory]
    [InlineData("（试行）")]
    [InlineData("（此件公开发布）")]
    [InlineData("选自《习近平谈治国理政》")]
    [InlineData("（来源：群众反映）")]
    [InlineData("(政府新聞處圖片)")]
    public void A_qualifier_is_no_attribution(string line) => Assert.Null(Attribution.AloneOnLine(Lines.Folded(line)));

    [Theory]
    [InlineData("…全力做好后勤保障工作。（宜秀区委组织部）", "（宜秀区委组织部）")]
    [InlineData("推动全年组织工作开好局、起好步。(通讯员 崔璨)", "(通讯员 崔璨)")]
    [InlineData("等方面发挥突出作用。杨征程(建湖县委组织部)", "杨征程(建湖县委组织部)")]
    [InlineData("主导作用有力彰显。(津云新闻编辑孙畅)", "(津云新闻编辑孙畅)")]
    [InlineData("为全镇乡村振兴贡献力量。(渠县土溪镇)", "(渠县土溪镇)")]
    [InlineData("群众满意度明显提升。（鼓楼区五一街道）", "（鼓楼区五一街道）")]
    [InlineData("群众满意度明显提升。（含山县林头镇）", "（含山县林头镇）")]
    [InlineData("打下坚实基础。（全椒县武岗镇）", "（全椒县武岗镇）")]
    public void Takes_a_credit_closing_a_paragraph(string paragraph, string credit)
    {
        var line = Lines.Of(paragraph);
        var closing = Attribution.AtEnd(line.Folded);
        Assert.NotNull(closing);
        Assert.Equal(credit, line.From(closing.Value.Start).Text);
    }

    [Theory]
    [InlineData("各级党组织要认真贯彻执行(试行)")]
    [InlineData("制定《管理办法(试行)》")]
    [InlineData("会议在城关镇召开。(2021年)")]
    [InlineData("培训覆盖全县所有行政村。（不含城关镇）")]
    [InlineData("培训覆盖所有村。（全县各乡镇）")]
    public void A_bracket_inside_a_sentence_closes_nothing(string paragraph) => Assert.Null(Attribution.AtEnd(Lines.Folded(paragraph)));

    [Theory]
    [InlineData("□ 靖江市委组织部  陈晨", "陈晨")]
    [InlineData("湖南日报记者 李国斌  通讯员 王芳", "李国斌 王芳")]
    [InlineData("湖南日报通讯员 陈明 记者 张伟", "陈明 张伟")]
    [InlineData("■本报记者 王丽", "王丽")]
    [InlineData("本报记者 王新伟 吴秉泽", "王新伟 吴秉泽")]
    [InlineData("孙太男 杨小芳", "孙太男 杨小芳")]
    [InlineData("岷县县委组织部　吕鹏飞", "吕鹏飞")]
    [InlineData("本报记者 王丽 摄", "王丽")]
    [InlineData("□通讯员 林组", "")]
    [InlineData("□晚报记者 李明 文/图 通讯员 王芳", "李明 王芳")]
    [InlineData("日报记者 赵刚", "赵刚")]
    [InlineData("读者 周明华", "周明华")]
    [InlineData("通讯员 县委组织部", "")]
    [InlineData("记 者|吕晓琼", "吕晓琼")]
    [InlineData("通 讯 员：王芳", "王芳")]
    [InlineData("文图/韩秀婷", "韩秀婷")]
    [InlineData("图文/王芳", "王芳")]
    [InlineData("平輿融媒 常啟慧 朱青 單江坤", "常啟慧 朱青 單江坤")]
    [InlineData("记者|李耀华 摄影|李天禄", "李耀华")]
    public void Recognizes_bylines(string line, string authors) =>
        Assert.Equal(authors, string.Join(" ", Byline.Read(Lines.Folded(line))!.AuthorsIn(Lines.Of(line))));

    [Theory]
    [InlineData("漳平市党员教育管理建强先锋力量 强化")]
    [InlineData("决赛现场")]
    [InlineData("强化")]
    [InlineData("记者从县委组织部获悉")]
    [InlineData("王 伟 李 强|县委组织部")]
    public void A_headline_or_a_caption_is_no_byline(string line) => Assert.Null(Byline.Read(Lines.Folded(line)));

    [Theory]
    [InlineData("本报讯(记者张鸣岐)昨天,由中央组织部指导", "Newspaper", "本报讯(记者张鸣岐)")]
    [InlineData("本报讯 (记者 许洋洋) 昨日上午,晋江召开", "Newspaper", "本报讯 (记者 许洋洋) ")]
    [InlineData("萧山日报讯 (首席记者 张莎)大红春联", "Newspaper", "萧山日报讯 (首席记者 张莎)")]
    [InlineData("本報濟(jì)南4月25日訊 為展示", "Newspaper", "本報濟(jì)南4月25日訊 ")]
    [InlineData("本报昆明9月3日电 （记者 李四）今天上午，省委", "Newspaper", "本报昆明9月3日电 （记者 李四）")]
    [InlineData("滁州网讯(全媒体记者王晗笑)3月1日", "Web", "滁州网讯(全媒体记者王晗笑)")]
    [InlineData("新华社北京4月10日电今年是", "Agency", "新华社北京4月10日电")]
    [InlineData("【全媒体记者 吴刚】4月7日,县委", "Byline", "【全媒体记者 吴刚】")]
    [InlineData("甲山乙县讯（记者 张三）5月6日，乙县召开", "Place", "甲山乙县讯（记者 张三）")]
    [InlineData("据《甘肃日报》消息 近日，省委组织部印发", "Newspaper", "据《甘肃日报》消息 ")]
    [InlineData("湖南日报7月15日讯 全市年轻干部培养工程", "Newspaper", "湖南日报7月15日讯 ")]
    [InlineData("海南日报那大12月30日电 (记者刘袭 特约记者李珂)海南日报记者", "Newspaper", "海南日报那大12月30日电 (记者刘袭 特约记者李珂)")]
    [InlineData("本报讯 记者 王强 通讯员 刘芳 报道：3月1日，县委召开", "Newspaper", "本报讯 记者 王强 通讯员 刘芳 报道：")]
    [InlineData("云上平江讯 记者李明报道：为理顺基层党建", "Place", "云上平江讯 记者李明报道：")]
    [InlineData("云海网东山站5月8日讯(记者 李明 通讯员 王芳)5月7日,东山县召开", "Place", "云海网东山站5月8日讯(记者 李明 通讯员 王芳)")]
    [InlineData("清风苑9月2日讯 9月1日,社区党委组织党员", "Place", "清风苑9月2日讯 ")]
    [InlineData("\\ 本网讯(通讯员 李静)6月3日,城南社区开展", "Web", "\\ 本网讯(通讯员 李静)")]
    [InlineData("| 本报讯 近日,县委组织部", "Newspaper", "| 本报讯 ")]
    [InlineData("本站讯:2006年11月22日——24日,民建中央在京召开", "Web", "本站讯:")]
    [InlineData("(本网讯)2月26日,学校党委召开分党委书记工作会议", "Web", "(本网讯)")]
    [InlineData("大众报业·鲁中晨报淄博8月7日讯8月5日上午,湖田街道举行", "Newspaper", "大众报业·鲁中晨报淄博8月7日讯")]
    [InlineData("江南新闻网临川讯 (记者 王五)3月2日,临川区召开", "Place", "江南新闻网临川讯 (记者 王五)")]
    [InlineData("红星网云南大理2019年5月6日电(李明)近日,大理州", "Web", "红星网云南大理2019年5月6日电(李明)")]
    [InlineData("学院新闻网武汉4月2日电(通讯员王明) 3月30日,学院召开", "Web", "学院新闻网武汉4月2日电(通讯员王明) ")]
    [InlineData("东方社广州3月9日電/近日,广东省委", "Agency", "东方社广州3月9日電/")]
    [InlineData("人民网北京3月9日电 (记者 李明)近日,中央组织部", "Agency", "人民网北京3月9日电 (记者 李明)")]
    [InlineData("中新网南京5月2日电 江苏省委组织部", "Agency", "中新网南京5月2日电 ")]
    [InlineData("中新网 呼伦贝尔8月26日电 (代硕)8月25日上午,活动", "Agency", "中新网 呼伦贝尔8月26日电 (代硕)")]
    [InlineData("香港中通社11月27日電 香港特區政府", "Agency", "香港中通社11月27日電 ")]
    [InlineData("新华社3月5日电 十四届全国人大", "Agency", "新华社3月5日电 ")]
    [InlineData("新华社讯 全国人民代表大会常务委员会副委员长", "Agency", "新华社讯 ")]
    [InlineData("江东新闻网·掌上江东客户端讯 4月1日,全区", "Web", "江东新闻网·掌上江东客户端讯 ")]
    [InlineData("中广网北京5月26日独家消息 据中央人民广播电台报道", "Web", "中广网北京5月26日独家消息 ")]
    [InlineData("东南网福州3月2日消息 近日,省委组织部", "Web", "东南网福州3月2日消息 ")]
    [InlineData("【連網】  今天上午10點,東海縣", "Web", "【連網】  ")]
    // The day alone, in figures or numerals, as papers and agencies datelined in the 1950s; in brackets; with the place a
    // report came from after it (华盛顿消息：), or the paper it is taken from (据长江日报消息：).
    [InlineData("新华社六日讯 华盛顿消息:美国政府昨天宣布", "Agency", "新华社六日讯 华盛顿消息:")]
    [InlineData("【新华社重庆十四日电】拉萨讯:人民解放军某部", "Agency", "【新华社重庆十四日电】拉萨讯:")]
    [InlineData("新华社长沙11日电 湖南省各林区", "Agency", "新华社长沙11日电 ")]
    [InlineData("本报合肥18日电 在辽阔的淮北平原上", "Newspaper", "本报合肥18日电 ")]
    [InlineData("本报讯 据长江日报消息:长江大桥的建设者", "Newspaper", "本报讯 据长江日报消息:")]
    // A paper's own report in brackets, as Macau and Hong Kong papers tag it.
    [InlineData("【特訊】為熱烈慶祝澳門特別行政區成立十九周年", "Newspaper", "【特訊】")]
    [InlineData("【本報消息】兩名澳門廚師獲選參加青年廚師計劃", "Newspaper", "【本報消息】")]
    [InlineData("〔本報綜合報導〕2015 年八仙塵爆造成 15 人死亡", "Newspaper", "〔本報綜合報導〕")]
    // A county's 讯 set off by a space before the day the item tells of.
    [InlineData("沂水讯 8月4日,许家湖镇72个村支部委员会分别开展了活动", "Place", "沂水讯 ")]
    // A source's short name and 讯 set off by a space before the first sentence.
    [InlineData("主流日照讯 为加强农村党组织书记“头雁队伍”建设,推进乡村组织振兴", "Place", "主流日照讯 ")]
    public void Reads_datelines(string text, string kind, string dateline)
    {
        var line = Lines.Of(text);
        var read = Dateline.Read(line.Folded);
        Assert.NotNull(read);
        Assert.Equal((kind, dateline), (read.Value.Kind.ToString(), line.Until(read.Value.Length).Text));
    }

    [Theory]
    [InlineData("裕安区罗集乡成立临时党支部支援城南镇开展疫情防控工作。 于晓宇 摄")]
    [InlineData("全國組織部長會議于12月12日至13日在北京舉行。 新華社記者 黃敬文攝")]
    [InlineData("嘉宾及评委为获奖选手颁奖。张洁 供图")]
    [InlineData("图为昨天,一名外卖骑手在给居民配送")]
    [InlineData("上图：2019年5月，村党支部书记带领党员清理河道。下图：党员志愿者走访慰问老党员。")]
    [InlineData("左图:社区党委召开议事会")]
    [InlineData("(政府新聞處圖片)")]
    [InlineData("（县委组织部供图）")]
    public void Recognizes_captions(string line) => Assert.True(Caption.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("喜讯传来，全县上下备受鼓舞")]
    [InlineData("简讯(三则)")]
    [InlineData("据《条例》规定，党员应当按期缴纳党费")]
    [InlineData("喜讯 记者从县委组织部获悉，全县")]
    [InlineData("特大喜讯 我县再获全国表彰")]
    [InlineData("全媒体快讯 今年以来全县新发展党员120名")]
    [InlineData("无线通讯 全县实现村村通")]
    [InlineData("据新华网5月26日消息,中组部")]
    [InlineData("公社十一日电话通知各生产队")]
    public void A_word_ending_in_讯_without_a_reporters_credit_is_no_dateline(string text) => Assert.Null(Dateline.Read(Lines.Folded(text)));

    [Theory]
    [InlineData("本报记者 王丽 摄")]
    [InlineData("各级党组织要积极拍摄")]
    [InlineData("上图所示的流程，各支部要严格执行。")]
    public void A_credit_alone_or_a_sentence_is_no_caption(string line) => Assert.False(Caption.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("市委常委、组织部长  王建国", "王建国")]
    [InlineData("魚化寨街道黨工委書記張永潮", "張永潮")]
    [InlineData("县委副书记", "")]
    [InlineData("县长 ***", "")]
    [InlineData("县委常委、组织部部长  张 三", "张三")]
    public void Reads_a_speakers_line(string text, string name)
    {
        var line = Lines.Of(text);
        Assert.Equal(name, Punctuation.Compact(line.Cut(Speaker.Read(line.Folded)!.Value)));
    }

    [Theory]
    [InlineData("全市组织部长会议")]
    [InlineData("在全县组织工作会议上的讲话")]
    public void A_heading_is_no_speaker(string line) => Assert.Null(Speaker.Read(Lines.Folded(line)));
}
