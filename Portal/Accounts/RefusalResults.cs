namespace Portal.Accounts;

/// <summary>
/// HTTP answers for refused writes, for every endpoint that writes: 403 when the writer may not write there, 409
/// when the month is closed, as problem+json with a Chinese title, the messages as detail, and each refusal listed.
/// </summary>
public static class RefusalResults
{
    public static IResult From(IReadOnlyList<WriteRefusal> refusals)
    {
        var status = new WriteCheck(refusals, []).StatusCode;
        return Results.Problem(
            title: TitleOf(status),
            detail: string.Join(" ", refusals.Select(r => r.Message).Distinct()),
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["refusals"] = refusals.Select(r => new { kind = r.Kind.ToString(), division = r.Division, month = r.Month, message = r.Message }).ToList(),
            });
    }

    public static IResult Problem(int status, string? detail) => Results.Problem(title: TitleOf(status), detail: detail, statusCode: status);

    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => AccountMessages.Text["Refusal.BadRequest"],
        StatusCodes.Status401Unauthorized => AccountMessages.Text["Refusal.Unauthorized"],
        StatusCodes.Status403Forbidden => AccountMessages.Text["Refusal.Forbidden"],
        StatusCodes.Status404NotFound => AccountMessages.Text["Refusal.NotFound"],
        StatusCodes.Status409Conflict => AccountMessages.Text["Refusal.Conflict"],
        _ => AccountMessages.Text["Refusal.Other"],
    };
}
