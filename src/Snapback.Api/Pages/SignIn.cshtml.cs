using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Snapback.Api.Auth;

namespace Snapback.Api.Pages;

/// <summary>Exchanges an API key for the UI session cookie.</summary>
internal sealed class SignInModel(ApiKeyStore keys) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter an API key.")]
    [Display(Name = "API key")]
    public string? ApiKey { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = await keys.FindAsync(ApiKey!.Trim(), cancellationToken);
        if (key is null)
        {
            ModelState.AddModelError(string.Empty, "That key is unknown or has been revoked.");
            return Page();
        }

        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            ApiKeyPrincipal.Create(key, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
