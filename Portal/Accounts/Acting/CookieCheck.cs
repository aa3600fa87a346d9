using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Accounts.Acting;

/// <summary>
/// Checks a session cookie against its account on every request, in one indexed read by id: an account locked,
/// deleted, or whose security stamp changed since sign-in (an admin changed its roles, divisions, lock or password)
/// is signed out at once, on every instance. Identity's own validator would look only once a minute.
/// </summary>
public static class CookieCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var (id, stamp) = (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), context.Principal?.FindFirstValue(stampType));
        var account = id is null ? null : await services.GetRequiredService<PortalDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (account is not null && account.SecurityStamp == stamp && !(account.LockoutEnd > now)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
