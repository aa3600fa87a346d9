using Portal.Figures;

namespace Portal.Api;

/// <summary>The problem+json answers of the API, with titles and details in Chinese for the people who read them.</summary>
internal static class ApiProblems
{
    public static string TitleFor(int status) => status switch
    {
        400 => ApiText.Text["Title.400"],
        404 => ApiText.Text["Title.404"],
        405 => ApiText.Text["Title.405"],
        409 => ApiText.Text["Title.409"],
        413 => ApiText.Text["Title.413"],
        415 => ApiText.Text["Title.415"],
        503 => ApiText.Text["Title.503"],
        _ => ApiText.Text[status >= 500 ? "Title.ServerError" : "Title.Other"],
    };

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: TitleFor(404));

    public static IResult PlanNotFound(string year) =>
        NotFound(ApiText.Text.Format("Plan.NotFound", year));

    public static IResult Conflict(FigureConflict c, int? expected)
    {
        var saw = expected == 0 ? ApiText.Text["Conflict.SawNothing"] : ApiText.Text.Format("Conflict.SawVersion", expected);
        var detail = c.CurrentVersion == 0
            ? ApiText.Text.Format("Conflict.Deleted", c.Kpi, c.Division, c.Month, saw)
            : ApiText.Text.Format("Conflict.Changed", c.Kpi, c.Division, c.Month, c.By, Beijing(c.At), c.CurrentValue, c.CurrentVersion, saw);
        return Results.Problem(detail, statusCode: 409, title: TitleFor(409),
            extensions: new Dictionary<string, object?> { ["current"] = ConflictCurrent.From(c) });
    }

    private static string Beijing(DateTimeOffset? at) =>
        at is { } t ? ApiText.Text.Format("Time.Beijing", t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss")) : ApiText.Text["Time.Unknown"];
}
