using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Portal.Live;
using Portal.Domain.Localization;
using Portal.Plans;

namespace Portal.Hosting;

/// <summary>
/// The page-query values that are whole numbers but name nothing: a year with no published plan (?year=2015) or a
/// month outside 1–12 (?month=13). Every page that takes them would otherwise show another year or month without a
/// word; here, in one place, the page is answered instead with what was asked, what exists and links to it (404 for
/// the year, 400 for the month). After authorization, so that only a signed-in user (or a wall's kiosk token) learns
/// which years exist.
/// </summary>
public static class PlanQueryGuard
{
    public static IApplicationBuilder UsePlanQueryGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && IsPage(context)
            && Explanation(request, context.RequestServices.GetRequiredService<PlanStore>()) is { } answer)
        {
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(answer.Page, context.RequestAborted);
            return;
        }
        await next(context);
    });

    // Only the pages (Razor components); files and endpoints such as /report/kpis.csv answer for themselves.
    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    private static (int Status, string Page)? Explanation(HttpRequest request, PlanStore store)
    {
        if (Number(request, "year") is { } year && store.Find(year) is null)
        {
            var years = store.Plans.Select(p => p.Plan.Year).OrderBy(y => y).ToList();
            var links = string.Join("　", years.Select(y =>
                $"<a href=\"{WebUtility.HtmlEncode(PageQueryGuard.Without(request, "year", y.ToString(CultureInfo.InvariantCulture)))}\">{HostingMessages.Text.Format("Plan.Year", y)}</a>"));
            var body = years.Count == 0
                ? HostingMessages.Text["Plan.None"]
                : HostingMessages.Text.Format("Plan.Unknown", year, ListText.Join(years.Select(y => HostingMessages.Text.Format("Plan.Year", y))), links);
            return (StatusCodes.Status404NotFound, PageQueryGuard.Shell(HostingMessages.Text["Plan.Heading"], body));
        }
        if (Number(request, "month") is { } month && month is < 1 or > 12)
        {
            var body = HostingMessages.Text.Format("Month.OutOfRange", month) +
                       HostingMessages.Text.Format("Month.OpenDefault", WebUtility.HtmlEncode(PageQueryGuard.Without(request, "month")));
            return (StatusCodes.Status400BadRequest, PageQueryGuard.Shell(HostingMessages.Text["Month.Heading"], body));
        }
        return null;
    }

    // PageQueryGuard has refused anything that is not one whole number already.
    private static int? Number(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var v) && int.TryParse(v.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
