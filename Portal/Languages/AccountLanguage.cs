using Microsoft.AspNetCore.Identity;
using Portal.Data.Entities;

namespace Portal.Languages;

/// <summary>A signed-in user's language on their account, so it follows them to another browser (ADR 036).</summary>
public sealed class AccountLanguage(UserManager<PortalUser> users)
{
    public async Task SaveAsync(string userName, string culture)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || user.Language == culture) return;
        user.Language = culture;
        await users.UpdateAsync(user); // leaves the security stamp alone: the session stays signed in
    }

    /// <summary>At sign-in: the account's saved language becomes the browser's; without one the browser's choice is kept.</summary>
    public static void Restore(HttpContext http, PortalUser user)
    {
        if (PortalCultures.Normalize(user.Language) is { } saved && saved != LanguageCookie.Read(http)) LanguageCookie.Append(http, saved);
    }
}
