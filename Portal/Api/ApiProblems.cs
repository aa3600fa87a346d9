using Portal.Figures;

namespace Portal.Api;

/// <summary>The problem+json answers of the API, with titles and details in Chinese for the people who read them.</summary>
internal static class ApiProblems
{
    public static string TitleFor(int status) => status switch
    {
        400 => "输入有误",
        404 => "找不到",
        405 => "不支持该请求方法",
        409 => "数据已被他人修改",
        413 => "请求体过大",
        415 => "不支持的内容类型",
        503 => "数据库暂时无法连接",
        _ => status >= 500 ? "服务器错误" : "请求未能完成",
    };

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: TitleFor(404));

    public static IResult PlanNotFound(string year) =>
        NotFound($"没有“{year}”年度的计划。可用 GET /api/plans 查看已有的计划年度。");

    public static IResult Conflict(FigureConflict c, int? expected)
    {
        var saw = expected == 0 ? "你提交时以为这里还没有数据" : $"你提交时依据的是版本 {expected}";
        var detail = c.CurrentVersion == 0
            ? $"{c.Kpi} / {c.Division} / {c.Month} 月的数据已被删除，{saw}。为避免覆盖他人的修改，本次没有保存；请刷新后重新填写。"
            : $"{c.Kpi} / {c.Division} / {c.Month} 月的数据已被 {c.By} 于 {Beijing(c.At)} 改为 {c.CurrentValue}（版本 {c.CurrentVersion}），{saw}。" +
              "为避免覆盖他人的修改，本次没有保存；请核对最新值后，用 current.version 重新提交。";
        return Results.Problem(detail, statusCode: 409, title: TitleFor(409),
            extensions: new Dictionary<string, object?> { ["current"] = ConflictCurrent.From(c) });
    }

    private static string Beijing(DateTimeOffset? at) =>
        at is { } t ? t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss") + "（北京时间）" : "未知时间";
}
