using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Permissions;

/// <summary>
/// The same writes over HTTP, as feeds and scripts reach them: every actor with its own bearer token (the kiosk with
/// its kiosk token). Refused means 401, 403 or 409 as problem+json with a Chinese detail; the checks are the service's.
/// </summary>
public sealed partial class PermissionMatrixTests
{
    public static TheoryData<string> HttpWrites() => new(WriteCatalogue.All.SelectMany(w => w.Http.Select(h => $"{w} {h}")));

    [Theory, MemberData(nameof(HttpWrites))]
    public async Task HttpWrite_ByEveryActor_IsRefusedOrDoneAsTheRulesSay(string write)
    {
        var (entry, form) = WriteCatalogue.All.SelectMany(w => w.Http.Select(h => (w, h))).Single(p => $"{p.w} {p.h}" == write);
        await AssertEveryActorAsync(entry,
            async world => { await entry.Arrange(world); await (form.Arrange?.Invoke(world) ?? Task.CompletedTask); },
            async (world, actor) => await AnswerAsync(await matrix.Clients[actor.Name].SendAsync(form.Request(world))));
    }

    [Fact]
    public void EveryCataloguedWrite_HasAnHttpFormOrSaysWhyItIsPageOnly() =>
        Assert.Empty(WriteCatalogue.All.Where(w => w.Http.Count > 0 == !string.IsNullOrWhiteSpace(w.PageOnly)).Select(w => w.ToString()));

    /// <summary>A new write route under /api must be catalogued with the write it reaches.</summary>
    [Fact]
    public void EveryApiWriteRoute_IsCatalogued()
    {
        var routes = matrix.Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Route(e)}"))
            .Where(r => r.Contains(" /api/", StringComparison.Ordinal) && !r.StartsWith("GET ", StringComparison.Ordinal))
            .ToHashSet();
        var catalogued = WriteCatalogue.All.SelectMany(w => w.Http.Select(h => h.Route)).ToHashSet();

        Assert.Empty(routes.Except(catalogued).Order());
        Assert.Empty(catalogued.Except(routes).Order());
    }

    private static string Route(RouteEndpoint e) => "/" + Constraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "}");

    private static async Task<WriteResult> AnswerAsync(HttpResponseMessage answer)
    {
        if (answer.IsSuccessStatusCode) return WriteResult.Ok;
        var type = answer.Content.Headers.ContentType?.MediaType;
        if (answer.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Conflict) || type != "application/problem+json")
            return WriteResult.Refused($"HTTP {(int)answer.StatusCode} {type}");
        return WriteResult.Refused((await answer.Content.ReadFromJsonAsync<ProblemDetail>())?.Detail);
    }

    private sealed record ProblemDetail(string? Detail);

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex Constraint();
}
