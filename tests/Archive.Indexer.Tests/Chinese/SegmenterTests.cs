using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class SegmenterTests(SegmentationFixture fixture)
{
    [Theory]
    [InlineData("宜秀区第一时间召开疫情防控部署会", "宜秀区 第一时间 召开 疫情防控 部署会")]
    [InlineData("全区组织1450余名机关党员干部下沉一线", "全区 组织 1450余 名 机关 党员 干部 下沉 一线")]
    [InlineData("庆组明电〔2020〕2号", "庆组明电 〔 2020 〕 2号")]
    [InlineData("2022年3月10日", "2022年 3月 10日")]
    [InlineData("旌德县“党建+12345”筑牢疫情防控", "旌德县 “ 党建 + 12345 ” 筑牢 疫情防控")]
    [InlineData("5G网络", "5g 网络")]
    [InlineData("１２ＡＢ和COVID-19", "12ab 和 covid - 19")]
    [InlineData("建立健康管理台账1.3万余户", "建立 健康 管理 台账 1.3万余 户")]
    [InlineData("落实“双联系双报到”服务联系制度", "落实 “ 双联系双报到 ” 服务 联系 制度")]
    // PKU cuts 支部 书记; a domain term 支部书记 left 党 alone, and the HMM then joined it to 村 (村党 支部书记).
    [InlineData("村党支部书记带头", "村 党支部 书记 带头")]
    public void Precise_mode_cuts_the_documented_cases(string text, string expected)
    {
        Assert.Equal(expected.Replace('，', ','), string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("陆组轩报道：全市组织系统闻令而动", "陆 组轩")]
    [InlineData("作者:刘少叶", "刘 少叶")]
    public void Hmm_finds_names_the_dictionary_lacks_with_the_surname_apart_as_pku_cuts_them(string text, string name)
    {
        Assert.Contains(name, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("从县统计局获悉", "从 县 统计局 获悉")]
    [InlineData("由镇干部担任组长", "由 镇 干部 担任 组长")]
    [InlineData("分两批完成", "分 两 批 完成")]
    public void The_hmm_leaves_apart_characters_that_are_all_common_words_on_their_own(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("习近平总书记强调", "习 近平 总书记 强调")] // jieba's nrfg
    [InlineData("李克强主持会议", "李 克强 主持 会议")]
    public void A_name_the_dictionary_holds_comes_out_as_surname_and_given_name(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
        Assert.Equal(expected.Split(' ')[..2], fixture.Words(text[..3], SegmentMode.Search)); // the two parts, nothing more
    }

    [Theory]
    [InlineData("2000年来", "2000年 来")]
    [InlineData("12月3日至5日", "12月 3日 至 5日")]
    [InlineData("增长50%左右", "增长 50% 左右")]
    [InlineData("增长５０％", "增长 50%")]
    [InlineData("历时10分钟", "历时 10 分钟")]
    [InlineData("18岁以上", "18岁 以上")]
    [InlineData("总额3.5万亿元", "总额 3.5万亿 元")]
    [InlineData("投入20多亿元", "投入 20多亿 元")]
    [InlineData("覆盖300余万户", "覆盖 300余万 户")]
    [InlineData("二○○一年新年贺词", "二○○一年 新年 贺词")]
    [InlineData("十二月三十一日", "十二月 三十一日")]
    [InlineData("交流一年来工作", "交流 一年 来 工作")] // a single numeral before 年 too (departure 2)
    [InlineData("连续两年考核优秀", "连续 两年 考核 优秀")]
    [InlineData("十分重要", "十分 重要")] // but before no other unit: 十分 is a word
    [InlineData("三年级学生", "三 年级 学生")]
    [InlineData("近十年来", "近 十年 来")]
    [InlineData("数百年的历史", "数百年 的 历史")] // an approximate count keeps the dictionaries' word
    [InlineData("几千年", "几千年")]
    [InlineData("3月20日上午8时30分召开", "3月 20日 上午 8时 30分 召开")] // 分 after an hour is a minute
    [InlineData("下午5時30分在郵政總局", "下午 5 時 30分 在 郵政 總局")] // in either script (as written; folded, 5时 30分)
    [InlineData("参加集中学习每次2分，全年累计不超过12分", "参加 集中 学习 每 次 2 分 , 全年 累计 不 超过 12 分")] // else points (test11)
    [InlineData("十二届区委常委会第57次会议", "十二 届 区委 常委会 第57 次 会议")] // an ordinal with digits is one word
    [InlineData("今年第9号市长令", "今年 第9号 市长 令")]
    public void A_number_takes_its_unit_when_the_route_cuts_the_unit_alone(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("第四十四次会议", "第四十四 次 会议")]
    [InlineData("第三十一条规定", "第三十一 条 规定")]
    [InlineData("学习贯彻党的十九大精神", "学习 贯彻 党 的 十九大 精神")]
    [InlineData("十七大和十八大以来", "十七大 和 十八大 以来")]
    [InlineData("第二十年", "第二十 年")]
    public void An_ordinal_or_a_congress_by_its_number_is_one_word_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Fact]
    public void Search_mode_cuts_an_ordinal_or_a_congress_into_its_number()
    {
        Assert.Equal("第四十四 四十四 十四 次 十九大 十九", string.Join(' ', fixture.Words("第四十四次十九大", SegmentMode.Search)));
    }

    [Theory]
    [InlineData("全县每个乡镇都有一名联络员", "全县 每 个 乡镇 都 有 一 名 联络员")]
    [InlineData("吃上一颗定心丸", "吃 上 一 颗 定心丸")]
    public void A_count_stands_apart_from_its_measure_word_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("我市召开座谈会", "我 市 召开 座谈会")]
    [InlineData("该县组织各区县干部到我省学习", "该 县 组织 各 区 县 干部 到 我 省 学习")]
    [InlineData("我国各地", "我国 各地")] // 国 and 地 are no place or body: PKU keeps these words
    [InlineData("结合我院实际", "结合 我 院 实际")]
    [InlineData("现将我市拟推荐对象名单予以公示", "现 将 我 市 拟 推荐 对象 名单 予以 公示")] // the HMM may not take 市 back (市拟)
    public void A_determiner_stands_apart_from_a_place_or_body_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("会上，王芳通报了情况", "会 上 , 王 芳 通报 了 情况")]
    [InlineData("会后组织学员参观", "会 后 组织 学员 参观")]
    [InlineData("他会后悔的", "他 会 后悔 的")] // 会 the verb keeps its word
    public void A_meeting_stands_apart_from_where_or_when_in_it_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("县政府实行县长负责制", "县 政府 实行 县长 负责制")]
    [InlineData("梅州市委市政府高度重视", "梅州 市委 市 政府 高度 重视")]
    [InlineData("深圳市政府召开", "深圳市 政府 召开")]
    [InlineData("各镇人民政府", "各 镇 人民 政府")]
    [InlineData("上海市人民政府印发", "上海市 人民 政府 印发")] // not jieba's 上海市人民政府 once 人民政府 is cut
    public void A_government_stands_apart_from_its_level_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("全市乡镇党委书记赴台交流培训", "全市 乡镇 党委 书记 赴 台 交流 培训")] // not jieba's 党委书记 after 乡镇
    [InlineData("区政法委书记王建辉参加", "区 政法委 书记 王 建辉 参加")]
    [InlineData("七位支部书记结合实际", "七 位 支部 书记 结合 实际")]
    [InlineData("总书记和第一书记", "总书记 和 第一书记")] // a title of its own, and the domain's term
    public void A_party_committee_stands_apart_from_its_secretary_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("升任省公安厅副厅级干部", "升任 省 公安厅 副 厅级 干部")]
    [InlineData("享受正厅级待遇", "享受 正 厅级 待遇")]
    [InlineData("享受副县级待遇", "享受 副 县级 待遇")]
    [InlineData("正处级巡视员和副科级干部", "正处级 巡视员 和 副科级 干部")] // the domain's ranks stay whole
    public void Deputy_or_full_stands_apart_from_a_rank_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("补充公示6名拟表彰人选", "补充 公示 6 名 拟 表彰 人选")] // not 名拟
    [InlineData("出现在100人拟表彰名单中", "出现 在 100 人 拟 表彰 名单 中")] // not 人拟
    [InlineData("2016-06-28湖里高林社区", "2016 - 06 - 28 湖里 高 林 社区")] // no measure: a name after a date stays the HMM's
    public void The_hmm_leaves_a_measure_after_a_number_alone(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("王瑰曙作了动员讲话", "王 瑰曙 作 了 动员 讲话")] // not 王 瑰曙作
    [InlineData("市长沈晓明作了讲话", "市长 沈 晓明 作 了 讲话")]
    [InlineData("局长杨何蓓茵表示", "局长 杨何蓓茵 表示")] // two surnames: a name of four
    public void A_name_the_hmm_finds_is_of_three_characters_at_most(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("网格长舒晋萍介绍", "网格长 舒 晋萍 介绍")] // 舒 is no common surname, nor a common word alone
    [InlineData("老党员戚家宁过了生日", "老 党员 戚 家宁 过 了 生日")] // and the word glued after the name comes off
    [InlineData("推进智造升级", "推进 智造 升级")] // two characters led by a rarer surname are no name (智 is one)
    public void A_name_the_hmm_finds_may_start_with_a_rarer_surname(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("宋家村的站点管理员", "宋家村 的 站点 管理员")] // not jieba's 家村 after the surname
    [InlineData("驻白石村第一书记", "驻 白石村 第一书记")] // a village named as the town (白石镇)
    [InlineData("促乡村振兴村党组织书记", "促 乡村 振兴 村 党组织 书记")] // there are towns named 振兴, but it is a common word
    public void A_village_named_for_a_family_or_as_a_town_is_one_word(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("是四川省广元市苍溪县白驿镇岫云村的党支部书记", "是 四川省 广元市 苍溪县 白驿镇 岫云村 的 党支部 书记")] // jieba's 岫云 and 村
    [InlineData("派驻张家口市宣化区崞村镇黄家梁村第一书记李辉", "派驻 张家口市 宣化区 崞村镇 黄家梁村 第一书记 李 辉")] // not 黄家 梁 村
    [InlineData("静宁县三合乡段渠村村民说", "静宁县 三合乡 段渠村 村民 说")] // corpus/real: not 段 渠村
    [InlineData("清凉山镇狠抓村部文化广场", "清凉山镇 狠抓 村 部 文化 广场")] // corpus/real: a verb PKU counts is no name
    [InlineData("在仙居县白塔镇的各行政村中", "在 仙居县 白塔镇 的 各 行政村 中")] // led by common words alone: no name
    [InlineData("全镇所有村都通了路", "全镇 所有 村 都 通 了 路")] // a common word
    [InlineData("全县向贫困村选派第一书记", "全县 向 贫困村 选派 第一书记")] // a surname written mostly as a preposition: no 向贫困村
    [InlineData("全镇曾有贫困村12个", "全镇 曾 有 贫困村 12 个")] // nor as an adverb
    [InlineData("石门镇曾坊村村民说", "石门镇 曾坊村 村民 说")] // a village whose name opens with it is still one
    public void A_village_after_its_town_or_county_is_one_word_with_its_name(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("明白这些，我就琢磨著得干点实事", "明白 这些 , 我 就 琢磨 著 得 干 点 实事")] // traditional script's 着, folded: not 著得
    [InlineData("我学著说邱县话", "我 学 著 说 邱县 话")] // not 我学著
    [InlineData("顶著压力上", "顶 著 压力 上")] // the HMM reads it as 着: not 顶著
    [InlineData("他是著名作家", "他 是 著名 作家")] // the words 著 is in keep it
    [InlineData("在现场采写出的新闻，随著时间的推移", "在 现场 采写 出 的 新闻 , 随著 时间 的 推移")] // corpus/real, folded: PKU's 随着
    public void Zhu_alone_is_the_particle_zhe_of_traditional_script(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("巧家县委组织部开通微信公众号", "巧家 县委组织部 开通 微信 公众号")] // 巧 家: jieba's 巧家 at its discount lost to its characters
    [InlineData("巧家党建", "巧家 党建")]
    [InlineData("金水区委还通过开设专栏", "金水 区委 还 通过 开设 专栏")] // not 金水区 委还: the district took 区 from 区委
    public void A_county_by_its_name_alone_weighs_as_the_county(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("据江西日报消息", "据 江西日报 消息")] // corpus/real: a province by its name and 日报 (江西 日报 before)
    [InlineData("连日来，海南日报派出多个走基层记者团", "连日来 , 海南日报 派出 多 个 走 基层 记者团")]
    [InlineData("咸宁日报记者", "咸宁日报 记者")] // a city (咸宁市) by its name (test8)
    [InlineData("过生日报名参加", "过 生日 报名 参加")] // jieba's 生日报 is no newspaper: a name of one character is none
    [InlineData("每天填写工作日报", "每天 填写 工作 日报")] // a daily report, not a place's newspaper
    public void A_newspaper_named_for_its_place_is_one_word_as_pku_keeps_its_renminribao(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("为做好疫情防控工作", "为 做好 疫情防控 工作")] // 做 好 before: the pairs of the two characters outbid the word
    [InlineData("要用好红色资源", "要 用好 红色 资源")] // neither dictionary holds 用好
    [InlineData("选好配强村党组织书记", "选好 配 强 村 党组织 书记")]
    [InlineData("他常做好事", "他 常 做 好事")] // 好 begins a word with the next character: the verb stays alone
    [InlineData("当好消息传来时", "当 好 消息 传来 时")] // or with the next two (好消息): 当 is a preposition here
    [InlineData("把好日子过好", "把 好 日子 过 好")]
    public void A_one_character_verb_and_its_result_hao_are_one_word(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("这是第三次表彰", "这 是 第三 次 表彰")]
    [InlineData("召开第五次全体会议", "召开 第五 次 全体 会议")]
    public void An_ordinal_stands_apart_from_its_measure_as_pku_cuts_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    [Theory]
    [InlineData("在周营村召开会议", "在 周营村 召开 会议")] // not the name 周 营 before 村
    [InlineData("驻孙岗村工作队", "驻 孙岗村 工作队")]
    [InlineData("刘屯村召开村民大会", "刘屯村 召开 村民 大会")] // not 刘 屯村
    [InlineData("到了村里回村看看", "到 了 村里 回 村 看看")] // 回 is no village's name
    [InlineData("示范引领村党组织", "示范 引领 村 党组织")] // 引领 is a word, not a name
    [InlineData("42名新村官参加培训", "42 名 新 村官 参加 培训")] // 名 and 新 are common words alone; 村官 a word PKU counts and test7 keeps
    public void A_village_the_hmm_finds_is_one_word_with_its_name(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', fixture.Words(text)));
    }

    /// <summary>
    /// A word of two characters PKU's corpus counts and never cut into its characters, or cut ten times less often than it
    /// wrote it whole, stays whole where the route used to cut it after a strong neighbour (他 说 话, 跨 越, 任 免, 于 都, 上 报:
    /// corpus/real and test9 before seg11; 全 区, 327 times whole and 4 cut: test11 before seg12).
    /// </summary>
    [Theory]
    [InlineData("他说话简洁利落，回答问题很少超过三句话", "说话")]
    [InlineData("为黔西南经济社会实现跨越发展作出有力贡献", "跨越")]
    [InlineData("进入换届之年后，已先后任免了中山、肇庆", "任免")]
    [InlineData("书记开春伊始就专程到宁都、于都开展调研", "于都")]
    [InlineData("做好2022年度民主生活会问题整改、材料上报等后续工作", "上报")]
    [InlineData("进一步提高全区党员队伍建设科学化信息化水平", "全区")]
    public void A_word_pku_never_or_seldom_cuts_is_not_cut_into_its_characters(string text, string word)
    {
        Assert.Contains(word, fixture.Words(text));
    }

    /// <summary>
    /// ... but not a word only jieba lists (高志 would break the name 高 志群; 请于 is PKU's 请 于), nor one a count, a
    /// measure or a determiner leads (两 个 子方案, 各 党总支), whose pairs the route weighs as before (corpus/real).
    /// </summary>
    [Theory]
    [InlineData("副组长：周巍、祁海龙、吕桂华、徐建役、陈虎培、高志群、包雷耿", "志群", "高志")]
    [InlineData("有关单位对公示内容有异议的，请于2021年8月10日前", "于", "请于")]
    [InlineData("讨论了党史学习教育专题学习清单和“为群众办实事”任务清单两个子方案", "个", "个子")]
    public void A_pair_the_rule_leaves_to_the_bigrams_is_weighed_as_before(string text, string word, string not)
    {
        var words = fixture.Words(text);
        Assert.Contains(word, words);
        Assert.DoesNotContain(not, words);
    }

    [Theory]
    [InlineData("2000年", "2000年+1 2000+0 年+0")]
    [InlineData("第3期", "第3+1 3+0 期+1")] // an ordinal's 第 is no part
    [InlineData("第9号", "第9号+1 9+0 号+0")]
    public void Search_mode_gives_a_quantity_then_its_number_and_its_unit_at_the_same_position(string text, string expected)
    {
        var shown = fixture.Segmenter.Segment(text, SegmentMode.Search).Select(t => $"{t.Text(text)}+{t.PositionIncrement}");
        Assert.Equal(expected, string.Join(' ', shown));
    }

    [Theory]
    [InlineData("宋家村", "家村")]
    [InlineData("白石村", "白石")]
    public void Search_mode_cuts_a_village_found_by_its_form_into_shorter_words(string village, string parts)
    {
        var tokens = fixture.Segmenter.Segment(village, SegmentMode.Search); // the same village again, for ever, before
        Assert.Equal(village, tokens[0].Text(village));
        Assert.Equal(parts, string.Join(' ', tokens.Skip(1).Select(t => t.Text(village))));
    }

    [Theory]
    [InlineData("疫情防控", "疫情 防控")]
    [InlineData("第一时间", "第一 时间")]
    [InlineData("双联系双报到", "双联系 联系 双报到 报到")]
    public void Search_mode_parts_are_the_words_of_the_long_word_not_fragments_across_them(string word, string parts)
    {
        var tokens = fixture.Segmenter.Segment(word, SegmentMode.Search);
        Assert.Equal(word, tokens[0].Text(word));
        Assert.Equal(parts, string.Join(' ', tokens.Skip(1).Select(t => t.Text(word))));
        Assert.All(tokens.Skip(1), t => Assert.Equal(0, t.PositionIncrement));
    }

    [Theory]
    [InlineData("疫情防控", "疫情 防控")]
    [InlineData("人才引进", "人才 引进")]
    [InlineData("双联系双报到", "双联系 双报到")]
    [InlineData("村书记", "")] // 村 alone is no part: the parts must make up the word
    [InlineData("干部", "")]
    [InlineData("疫情防控部署", "")] // two words, not one
    [InlineData("5号", "")] // a number and its unit
    [InlineData("covid-19", "")]
    public void A_words_parts_are_its_search_mode_words_that_make_it_up(string word, string parts)
    {
        Assert.Equal(parts, string.Join(' ', fixture.Segmenter.Parts(word)));
    }

    [Theory]
    [InlineData("生活会", "生活")] // 会 alone is no word, so 生活会 has no parts, but 生活 is inside it
    [InlineData("疫情防控", "疫情 防控")]
    [InlineData("干部", "")]
    [InlineData("疫情防控部署", "")] // two words, not one
    public void A_words_inner_words_are_its_search_mode_words_whole_or_not(string word, string inner)
    {
        Assert.Equal(inner, string.Join(' ', fixture.Segmenter.InnerWords(word)));
    }

    [Fact]
    public void Search_mode_adds_dictionary_sub_words_at_the_same_position()
    {
        const string text = "筑牢疫情防控红色堡垒";
        var tokens = fixture.Segmenter.Segment(text, SegmentMode.Search);
        var shown = tokens.Select(t => $"{t.Text(text)}@{t.Start}+{t.PositionIncrement}").ToArray();
        Assert.Equal(["筑牢@0+1", "疫情防控@2+1", "疫情@2+0", "防控@4+0", "红色堡垒@6+1", "红色@6+0", "堡垒@8+0"], shown);
    }

    [Fact]
    public void Search_mode_keeps_the_precise_words_in_order_with_increment_one()
    {
        var text = SegmentationFixture.Sample("000");
        var precise = fixture.Segmenter.Segment(text, SegmentMode.Precise);
        var search = fixture.Segmenter.Segment(text, SegmentMode.Search);
        Assert.Equal(precise, search.Where(t => t.PositionIncrement == 1));
        var quantities = precise.Where(t => t.Kind == TokenKind.Number).ToList();
        Assert.All(search.Where(t => t.PositionIncrement == 0), t => Assert.True(t.Length >= 2 || quantities.Any(q => q.Start <= t.Start && t.End <= q.End),
            $"a part of one character that is no quantity's: {t.Text(text)}"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_with_full_width_forms()
    {
        const string text = "　Ｇ２０峰会，ＡＢ１２ 疫情";
        var tokens = fixture.Segmenter.Segment(text);
        Assert.Equal(["g20", "峰会", ",", "ab12", "疫情"], tokens.Select(t => t.Text(text)));
        Assert.Equal("Ｇ２０", text.Substring(tokens[0].Start, tokens[0].Length));
        Assert.Equal("疫情", text[tokens[^1].Start..tokens[^1].End]);
    }

    [Fact]
    public void Every_sample_is_covered_exactly_once_in_precise_mode()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var text = SegmentationFixture.Sample(prefix);
            Coverage.AssertExactlyCovered(text, fixture.Segmenter.Segment(text));
        }
    }

    [Fact]
    public void Segmenting_from_many_threads_gives_the_same_words()
    {
        var text = SegmentationFixture.Sample("001");
        var expected = fixture.Words(text);
        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = fixture.Words(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
