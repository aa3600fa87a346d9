using Portal.Domain.Figures;
using Portal.Figures;

namespace Portal.Api;

/// <summary>Field-level refusals collected from the route, the query and the body, answered as one 400.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public static FieldErrors From(IEnumerable<FigureError> errors)
    {
        var result = new FieldErrors();
        foreach (var e in errors) result.Add(e.Field, e.Message);
        return result;
    }

    public IResult ToProblem() => Results.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        detail: ApiText.Text["Fields.Invalid"],
        title: ApiProblems.TitleFor(400));
}
