using Archive.Indexer.Regions;

namespace Archive.Indexer.Tests.Regions;

public class RegionPathTests
{
    [Theory]
    [InlineData("安徽省/安庆市", "安庆市 安庆")]
    [InlineData("安徽省/安庆市/宜秀区", "宜秀区 宜秀")]
    [InlineData("青海省/海北藏族自治州", "海北藏族自治州 海北藏族 海北 海北州")]
    [InlineData("四川省/阿坝藏族羌族自治州/汶川县", "汶川县 汶川")]
    [InlineData("四川省/阿坝藏族羌族自治州", "阿坝藏族羌族自治州 阿坝藏族羌族 阿坝 阿坝州")]
    [InlineData("青海省/海东市/互助土族自治县", "互助土族自治县 互助土族 互助 互助县")]
    [InlineData("新疆维吾尔自治区/伊犁哈萨克自治州", "伊犁哈萨克自治州 伊犁哈萨克")]
    public void A_places_own_names_are_its_name_its_stem_and_an_autonomous_areas_name_without_its_peoples(string path, string names) =>
        Assert.Equal(names.Split(' '), RegionPath.OwnNames(path));
}
