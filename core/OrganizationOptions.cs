using System.ComponentModel.DataAnnotations;
using ItaBot.Core.Calendar;

namespace ItaBot.Core;

/// <summary>The organisation this bot serves (configuration section <c>Organization</c>).</summary>
public sealed class OrganizationOptions
{
    public const string Section = "Organization";

    [Required(AllowEmptyStrings = false)]
    public string Name { get; set; } = "";

    /// <summary>Address, telephone and office hours, as the answer to "ติดต่อเทศบาล" shows them.</summary>
    public string Contact { get; set; } = "";

    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = TimeZones.Bangkok;
}
