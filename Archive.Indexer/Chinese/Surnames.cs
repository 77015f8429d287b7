namespace Archive.Indexer.Chinese;

/// <summary>The hundred commonest Chinese surnames: a name that starts with one is cut as PKU cuts names (王 长庆).</summary>
internal static class Surnames
{
    private static readonly System.Buffers.SearchValues<char> Common = System.Buffers.SearchValues.Create(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");

    public static bool IsCommon(char c) => Common.Contains(c);
}
