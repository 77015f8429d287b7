using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class WebChromeTests
{
    [Theory]
    [InlineData("当前位置：首页 > 工作动态 > 正文")]
    [InlineData("新浪首页 > 新闻中心 > 国内新闻 > 正文")]
    [InlineData("首页>要闻>天下 天下")]
    [InlineData("行政範例 >調查報告 >")]
    [InlineData("关于我们 | 联系我们 | 加入我们 | 版权声明 | 手机访问")]
    [InlineData("首页 新闻 体育 邮箱 搜索 短信 聊天 天气")]
    [InlineData("【字体：大 中 小】")]
    [InlineData("打印本页  关闭窗口")]
    [InlineData("上一版3  4下一版 2018年12月30日 星期 放大 缩小 默认")]
    [InlineData("还没有评论，快来抢沙发吧！")]
    [InlineData("---此处隐藏5422字，下载后查看---")]
    [InlineData("下面是小编为大家整理的X镇换届选举工作实施方案，供大家参考。")]
    [InlineData("[接上页]")]
    [InlineData("| |||||||||")]
    [InlineData("返回顶部")]
    [InlineData("返回目录")]
    [InlineData("手机版")]
    [InlineData("全文约1200字，阅读需要4分钟")]
    [InlineData("本文共856字 预计阅读时间3分钟")]
    [InlineData("转发")]
    [InlineData("点赞 12")]
    [InlineData("在看")]
    [InlineData("正在加载中…")]
    [InlineData("分享  收藏  评论")]
    [InlineData("分享：")]
    [InlineData("【打印】 【关闭】")]
    [InlineData("上一条：全镇召开党建工作推进会")]
    [InlineData("下一条:")]
    [InlineData("阅读更多 皖北新闻网 的文章")]
    [InlineData("查看更多>>")]
    [InlineData("评分")]
    [InlineData("文章导航")]
    [InlineData("导航")]
    [InlineData("首页新闻中心基层党建")]
    [InlineData("立即注册，加入社区，与更多网友交流")]
    [InlineData("您需要登录后才可以回帖")]
    [InlineData("精品久久视频免费看,日韩欧美一区二区在线,中文字幕高清版")]
    [InlineData("中文字幕无码专区_欧美日韩精品一区二区_免费观看")]
    [InlineData("前言：本站为大家精心整理了党建工作总结范文，供参考。")]
    public void Recognizes_page_chrome(string line) => Assert.True(WebChrome.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("点赞身边的优秀共产党员")]
    [InlineData("点赞基层党建“红色引擎”")]
    [InlineData("2022 年 3 月 10 日")]
    [InlineData("全区3000余人参与志愿服务，累计服务群众1万余人次。")]
    [InlineData("网友评论认为，这一做法值得推广。")]
    [InlineData("强化组织领导，健全防控体系。")]
    [InlineData("指标|数量")]
    [InlineData("阅读更多党史书籍，是党员干部的必修课。")]
    [InlineData("评分标准由县委组织部统一制定")]
    [InlineData("分享：三个支部的做法")]
    [InlineData("推进国产化替代,深化亚洲合作,扩大对外开放")]
    [InlineData("重点任务：久久为功,一抓到底,中文字幕版学习视频,持续推进")]
    [InlineData("本站为群众办实事20件，整理意见建议36条。")]
    [InlineData("上一条所列情形，由县委组织部负责认定")]
    [InlineData("转发《关于加强村级后备干部队伍建设的意见》的通知")]
    public void Leaves_text_alone(string line) => Assert.False(WebChrome.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("会议要求落实“三会一课”制度。u# Y+ A6 c. M8 {1 r", "会议要求落实“三会一课”制度。")]
    [InlineData("4 h* V; q0 ]0 R- W", "")]
    [InlineData("合计 12 34 56 78 90 11", "合计 12 34 56 78 90 11")]
    [InlineData("A B C D E F 六个选项", "A B C D E F 六个选项")]
    [InlineData("参考答案:1.A 2.C 3.B 4.D 5.A 6.B 7.C", "参考答案:1.A 2.C 3.B 4.D 5.A 6.B 7.C")]
    public void A_forums_anti_copy_junk_is_folded_away(string line, string folded) =>
        Assert.Equal(folded, Lines.Folded(line).Trim());

    [Theory]
    [InlineData("新闻推荐", true)]
    [InlineData("相关阅读：", true)]
    [InlineData("猜你喜欢", true)]
    [InlineData("新闻推荐工作取得实效", false)]
    [InlineData("推荐阅读书目30种，供党员学习。", false)]
    public void Tells_the_heading_of_other_pages_teasers(string line, bool related) =>
        Assert.Equal(related, WebChrome.OpensRelated(Lines.Folded(line)));
}
