using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class ContentsAndSectionsTests
{
    [Theory]
    [InlineData("本期目录")]
    [InlineData("目　录")]
    [InlineData("本期导读")]
    [InlineData("本期要目")]
    [InlineData("目录/提纲:……")]
    public void Recognizes_contents_labels(string line) => Assert.True(ContentsLabel.Matches(Lines.Folded(line)));

    [Theory]
    [InlineData("宜秀区战“疫”一线党旗红.....2", "宜秀区战“疫”一线党旗红", 2)]
    [InlineData("全市首家“红色楼宇”在我区挂牌……2", "全市首家“红色楼宇”在我区挂牌", 2)]
    [InlineData("黑龙江以高质量党建引领乡村振兴　　2", "黑龙江以高质量党建引领乡村振兴", 2)]
    [InlineData("桐城市：发挥组织作用助力疫情平稳过峰... 2", "桐城市:发挥组织作用助力疫情平稳过峰", 2)]
    [InlineData("郊区：推行“党建+网格”治理模式 2", "郊区:推行“党建+网格”治理模式", 2)]
    public void Reads_contents_entries(string line, string title, int page)
    {
        var entry = ContentsLine.Read(Lines.Folded(line));
        Assert.NotNull(entry);
        Assert.Equal((title, page), (entry.Value.Title, entry.Value.Page));
    }

    [Theory]
    [InlineData("第 8 期")]
    [InlineData("一、提高政治站位，切实增强疫情防控的紧迫感。")]
    [InlineData("2020")]
    [InlineData("某某区开展党员培训工作 ٣")] // digits of another script are no page number (int.Parse threw on them)
    public void Leaves_other_lines_alone(string line) => Assert.Null(ContentsLine.Read(Lines.Folded(line)));

    [Theory]
    [InlineData("〔工作动态〕", "工作动态")]
    [InlineData("〔简　讯〕", "简讯")]
    [InlineData("【基层动态】", "基层动态")]
    [InlineData("◎他山之石", "他山之石")]
    [InlineData("★ 市内信息", "市内信息")]
    [InlineData("◆ 镇村动态 ◆", "镇村动态")]
    [InlineData("★★ 他山之石 ★★", "他山之石")]
    [InlineData("■区县简讯", "区县简讯")]
    [InlineData(">> 盟市动态", "盟市动态")]
    [InlineData("一、图片新闻", "图片新闻")]
    [InlineData("市外参考", "市外参考")]
    [InlineData("〔工作動態〕", "工作動態")]
    public void Reads_section_headings(string line, string name) => Assert.Equal(name, SectionHeading.Name(Lines.Of(line)));

    [Theory]
    [InlineData("★全市选调生工作座谈会召开")]
    [InlineData("【武陵区对村(社区)党组织书记开展集中培训】")]
    [InlineData("△宜秀区战“疫”一线党旗红。迅速动员部署。")]
    [InlineData("一、基本情况")]
    [InlineData("▲近年来,淇县以实施“一创双争双有”项目建设为切入点。")]
    [InlineData("□ 本报记者 李国斌")]
    [InlineData("□ 王丽 李明")]
    public void A_titled_or_numbered_line_is_no_section(string line) => Assert.Null(SectionHeading.Name(Lines.Of(line)));
}
