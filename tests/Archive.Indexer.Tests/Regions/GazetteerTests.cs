using Archive.Indexer.Regions;

namespace Archive.Indexer.Tests.Regions;

public sealed class GazetteerTests
{
    private static readonly Lazy<Gazetteer> Shared = new(Gazetteer.LoadDefault);

    [Theory]
    [InlineData("宜秀区委组织部", "安徽省/安庆市/宜秀区")]
    [InlineData("铜川市王益区", "陕西省/铜川市/王益区")]
    [InlineData("旌德县", "安徽省/宣城市/旌德县")]
    [InlineData("中共安庆市委组织部", "安徽省/安庆市")]
    [InlineData("中共安庆市委组织部研究室", "安徽省/安庆市")]
    [InlineData("安庆组工信息", "安徽省/安庆市")]
    [InlineData("宜秀：网格化管理", "安徽省/安庆市/宜秀区")]
    [InlineData("金安：“五线五关”发挥疫情防控组织作用", "安徽省/六安市/金安区")]
    [InlineData("桐城市委组织部", "安徽省/安庆市/桐城市")]
    [InlineData("中共旌德县委", "安徽省/宣城市/旌德县")]
    [InlineData("北京市东城区委组织部", "北京市/东城区")]
    [InlineData("重庆市委组织部", "重庆市")]
    [InlineData("六安先锋网", "安徽省/六安市")]
    [InlineData("江苏省委组织部", "江苏省")]
    public void Resolves_places_to_paths(string text, string path) =>
        Assert.Equal(path, Shared.Value.Resolve(text));

    [Theory]
    [InlineData("鼓楼区委组织部", "江苏省/南京市", "江苏省/南京市/鼓楼区")]
    [InlineData("鼓楼区委组织部", "中共福州市委组织部", "福建省/福州市/鼓楼区")]
    [InlineData("朝阳区", "北京市", "北京市/朝阳区")]
    [InlineData("朝阳区", "吉林省/长春市", "吉林省/长春市/朝阳区")]
    public void The_context_breaks_ties_between_same_named_districts(string text, string context, string path) =>
        Assert.Equal(path, Shared.Value.Resolve(text, context));

    [Theory]
    [InlineData("鼓楼区委组织部")] // four cities have a 鼓楼区: without a context, no guess
    [InlineData("市委组织部")]
    [InlineData("维护世界和平，促进共同发展")] // 和平 is a word here, not 和平区
    [InlineData("东方欲晓，莫道君行早")] // nor is 东方 the city of 东方市
    [InlineData("")]
    public void Names_no_place_rather_than_a_wrong_one(string text) =>
        Assert.Null(Shared.Value.Resolve(text));

    [Fact]
    public void A_page_is_placed_in_the_city_its_places_point_to()
    {
        var text = "充分利用六安先锋网发布信息。金安区、裕安区组织部门全员参与。鼓楼街道的管控区调整到城南镇。";
        Assert.Equal("安徽省/六安市", Shared.Value.InferRegion(text)?.Path);
    }
}
