using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Support;

/// <summary>One request per route the running app maps, with sample values for its parameters.</summary>
public sealed record RouteSample(string Method, string Path, string Pattern, bool AllowsAnonymous, bool IsStaticAsset);

/// <summary>
/// Enumerates the app's routes from its EndpointDataSource, so that a route added by any feature is tested
/// without anyone listing it: {year} becomes 2013, {division} reader-services, {month} 10, {kpi} circulation.loans.
/// </summary>
public static class RouteCatalog
{
    private static readonly Dictionary<string, string> Samples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "2013", ["division"] = "reader-services", ["month"] = "10", ["kpi"] = "circulation.loans", ["id"] = "1",
    };

    public static IReadOnlyList<RouteSample> All(PortalFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new RouteSample(
                m, Sample(e.RoutePattern), "/" + e.RoutePattern.RawText?.TrimStart('/'),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null, IsStatic(e))))
            .Distinct().ToList();

    private static string Sample(RoutePattern pattern) => "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => Samples.GetValueOrDefault(parameter.Name, "x"),
        _ => "",
    }))));

    /// <summary>Files served by MapStaticAssets (css, js, images): public by design.</summary>
    private static bool IsStatic(Endpoint e) =>
        e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal));
}
