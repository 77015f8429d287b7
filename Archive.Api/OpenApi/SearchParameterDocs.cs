using System.Text.Json.Nodes;
using Archive.Api.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Archive.Api.OpenApi;

/// <summary>
/// The search URL's parameters in the OpenAPI document. Endpoints read them from the whole URL (so the reader
/// sees every name, known or not), not through bound arguments, so they are described here, once.
/// </summary>
public static class SearchParameterDocs
{
    public const string Sort = "relevance, newest or oldest; by default relevance with a query, newest without.";
    public const string Page = "1-based page number, 1 to 1000 (default 1); values outside are clamped, with a warning.";
    public const string Size = "Hits per page, 1 to 100 (default 10); values outside are clamped, with a warning.";

    private static readonly (string Name, string Description, string Example)[] Filters =
    [
        (SearchParameters.Query, "The query: words (AND), \"exact phrase\", -excluded, field:value (栏目:市外参考). Empty or absent browses the whole archive.", "考察识别 干部"),
        (SearchParameters.Section, "栏目 section; repeat the parameter for several values (OR).", "市内信息"),
        (SearchParameters.Department, "来源单位 source department, e.g. 宜秀区委组织部; repeatable. `department` is read as `dept` (older links).", "大观区委组织部"),
        (SearchParameters.Region, "地区 region: a place (安庆) or its path province/city/county (安徽省/安庆市); everything below it matches; repeatable.", "安徽省/安庆市"),
        (SearchParameters.Year, "年份 publication year, four digits 1900-2100; repeatable.", "2022"),
        (SearchParameters.Kind, "类型: bulletin, notice, web_article, newspaper_page, report or generic (or the Chinese name, 通知 ...); repeatable.", "bulletin"),
        (SearchParameters.Series, "刊物 publication, e.g. 安庆组工信息; repeatable.", "安庆组工信息"),
        (SearchParameters.Keyword, "主题词 keyword; repeatable.", "疫情防控"),
    ];

    /// <summary>
    /// Declares q and the facet filters, then the endpoint's own uses of sort, page and size (each with what it
    /// means there; a feed's size counts entries).
    /// </summary>
    public static RouteHandlerBuilder WithSearchParameters(this RouteHandlerBuilder builder, params (string Name, string Description)[] paging) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Parameters ??= [];
            var maxQueryLength = context.ApplicationServices.GetRequiredService<IOptions<ArchiveApiOptions>>().Value.Limits.MaxQueryLength;
            foreach (var (name, description, example) in Filters)
            {
                var repeatable = name != SearchParameters.Query;
                var text = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = repeatable ? SearchParameters.MaxValueLength : maxQueryLength };
                operation.Parameters.Add(Parameter(name, description,
                    repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = text, MaxItems = SearchParameters.MaxValuesPerFacet } : text,
                    repeatable ? new JsonArray(example) : JsonValue.Create(example)));
            }
            foreach (var (name, description) in paging)
            {
                var schema = name switch
                {
                    SearchParameters.Sort => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. SearchParameters.SortNames.Select(s => (JsonNode)JsonValue.Create(s))] },
                    SearchParameters.Page => OpenApiConventions.Range("int32", 1, SearchRequest.MaxPage),
                    _ => OpenApiConventions.Range("int32", 1, SearchRequest.MaxPageSize),
                };
                operation.Parameters.Add(Parameter(name, description, schema, null));
            }
            return Task.CompletedTask;
        });

    private static OpenApiParameter Parameter(string name, string description, OpenApiSchema schema, JsonNode? example) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
        Example = example,
        Style = ParameterStyle.Form,
        Explode = true,
    };
}
