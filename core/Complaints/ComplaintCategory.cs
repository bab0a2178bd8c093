namespace ItaBot.Core.Complaints;

/// <summary>A problem with a service, or corruption and misconduct — which goes only to the integrity officers.</summary>
public enum ComplaintCategory
{
    Service,
    Corruption,
}
