namespace ItaBot.Bot.Scheduling;

/// <summary>
/// How <c>/hangfire</c> is protected (section <c>Jobs</c>): it triggers jobs that push to every manager, so it is off
/// until <c>Jobs:Dashboard</c> names a protection.
/// </summary>
public sealed class JobDashboardOptions
{
    /// <summary><c>Off</c> (the default), <c>Local</c> or <c>Password</c>.</summary>
    public DashboardAccess Dashboard { get; set; } = DashboardAccess.Off;

    /// <summary>The user and password <c>Password</c> asks for, over HTTPS only.</summary>
    public string DashboardUser { get; set; } = "";

    public string DashboardPassword { get; set; } = "";

    /// <summary>
    /// The proxies in front of the bot whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
    /// (<c>127.0.0.1</c> for one on the same machine); a request relayed by any other proxy is refused.
    /// </summary>
    public List<string> DashboardProxies { get; set; } = [];
}

public enum DashboardAccess
{
    /// <summary>Not served at all.</summary>
    Off,

    /// <summary>Requests from the machine itself only, a trusted proxy's forwarded client counted as the requester.</summary>
    Local,

    /// <summary>Anyone with the user and password, over HTTPS.</summary>
    Password,
}
