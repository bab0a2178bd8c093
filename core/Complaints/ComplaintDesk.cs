using System.Globalization;
using ItaBot.Core.Calendar;
using ItaBot.Core.Numbering;
using ItaBot.Core.People;
using ItaBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Core.Complaints;

/// <summary>
/// Files complaints and finds them for the people allowed to see them: the filer, staff of the unit it is routed to,
/// managers — and for corruption reports the integrity officers alone. Anyone else learns nothing, not even that the
/// number exists. Nothing is saved here: a complaint is saved with the turn that confirmed it.
/// </summary>
public sealed class ComplaintDesk(ItaBotDbContext db, FiscalCalendar calendar, YearlyNumbers numbers, FilerKeys keys, PeopleDirectory people, TimeProvider time)
{
    public const string Series = "C";

    public async Task<Complaint> FileAsync(ComplaintDraft draft, string filerUserId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = calendar.DateOf(now);
        var (number, year, sequence) = await numbers.NextAsync(Series, today, cancellationToken);
        var complaint = new Complaint
        {
            Number = number,
            Year = year,
            Sequence = sequence,
            Kind = draft.Kind.Name,
            Category = draft.Kind.Category,
            Unit = draft.Kind.Unit,
            Description = draft.Description,
            PhotoIds = [.. draft.PhotoIds],
            Place = draft.Place,
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            Phone = draft.IsAnonymous ? null : draft.Phone,
            IsAnonymous = draft.IsAnonymous,
            FilerUserId = draft.IsAnonymous ? null : filerUserId,
            FilerKey = await keys.KeyOfAsync(filerUserId, cancellationToken),
            FiledAt = now,
            DueOn = today.AddDays(Complaint.DaysToAnswer),
            Status = ComplaintStatus.Received,
        };
        complaint.History.Add(new ComplaintEntry { At = now, Status = ComplaintStatus.Received, By = draft.Kind.Category == ComplaintCategory.Corruption ? null : draft.Kind.Unit });
        db.Complaints.Add(complaint);
        return complaint;
    }

    /// <summary>"C68-00042" however it is typed ("c68-42", "C6800042", Thai digits).</summary>
    public static string? Normalize(string typed)
    {
        var text = new string([.. Text.ThaiDigits.ToArabic(typed).ToUpperInvariant().Where(c => !char.IsWhiteSpace(c))]);
        var match = System.Text.RegularExpressions.Regex.Match(text, "^C?([0-9]{2})-?([0-9]{1,5})$");
        return match.Success
            ? YearlyNumbers.Format(Series, 2500 + int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The complaint, with its history, when <paramref name="viewer"/> may see it; null otherwise, or when there is none.</summary>
    public async Task<Complaint?> FindForAsync(string number, Member viewer, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().Include(c => c.History).SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        return complaint is not null && await MaySeeAsync(viewer, complaint, cancellationToken) ? complaint : null;
    }

    /// <summary>Every complaint the user filed, anonymous ones included, newest first.</summary>
    public async Task<List<Complaint>> FiledByAsync(string userId, CancellationToken cancellationToken)
    {
        var key = await keys.KeyOfAsync(userId, cancellationToken);
        return await db.Complaints.AsNoTracking().Include(c => c.History).Where(c => c.FilerKey == key)
            .OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The complaint, tracked for a change, when <paramref name="handler"/> may handle it.</summary>
    public async Task<Complaint?> LoadForHandlingAsync(string number, Member handler, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.Include(c => c.History).SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        return complaint is not null && await MayHandleAsync(handler, complaint, cancellationToken) ? complaint : null;
    }

    /// <summary>Open complaints <paramref name="handler"/> may handle, the most urgent first.</summary>
    public async Task<List<Complaint>> OpenForAsync(Member handler, CancellationToken cancellationToken)
    {
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.InProgress)
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var officer = await IsIntegrityOfficerAsync(handler, cancellationToken);
        return [.. open.Where(c => MayHandle(handler, c, officer))];
    }

    /// <summary>Moves the complaint on, with what the citizen is told; the entry names the unit that acted, not the person.</summary>
    public void ChangeStatus(Complaint complaint, ComplaintStatus status, string? note, Member by)
    {
        var now = time.GetUtcNow();
        complaint.Status = status;
        complaint.ClosedAt = status.IsClosed() ? now : null;
        complaint.Version++;
        complaint.History.Add(new ComplaintEntry
        {
            At = now,
            Status = status,
            Note = note,
            By = complaint.Category == ComplaintCategory.Corruption ? null : complaint.Unit,
            PersonId = by.PersonId,
        });
    }

    /// <summary>The filer rates a closed complaint of theirs; null when it is not theirs, not closed, or not there.</summary>
    public async Task<Rated?> RateAsync(string? number, string filerUserId, int rating, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        var key = await keys.KeyOfAsync(filerUserId, cancellationToken);
        var filed = db.Complaints.Where(c => c.FilerKey == key);
        var complaint = number is null
            ? (await filed.Where(c => c.ClosedAt != null && c.Rating == null).ToListAsync(cancellationToken)).MaxBy(c => c.ClosedAt)
            : await filed.SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (complaint is null || !complaint.Status.IsClosed())
        {
            return null;
        }

        var previous = complaint.Rating;
        complaint.Rating = rating;
        complaint.Version++;
        return new Rated(complaint, previous);
    }

    /// <summary>The filer's comment on their rating.</summary>
    public async Task CommentOnRatingAsync(string number, string filerUserId, string comment, CancellationToken cancellationToken)
    {
        var key = await keys.KeyOfAsync(filerUserId, cancellationToken);
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Number == number && c.FilerKey == key && c.Rating != null, cancellationToken);
        if (complaint is not null)
        {
            complaint.RatingComment = comment;
            complaint.Version++;
        }
    }

    public async Task<bool> MayHandleAsync(Member handler, Complaint complaint, CancellationToken cancellationToken) =>
        MayHandle(handler, complaint, complaint.Category == ComplaintCategory.Corruption && await IsIntegrityOfficerAsync(handler, cancellationToken));

    /// <summary>
    /// The people a new complaint is pushed to: the unit's staff, or for corruption the integrity officers. A unit with
    /// nobody linked yet does not swallow it: the managers get it, and are told why.
    /// </summary>
    public async Task<Handlers> HandlersAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        if (complaint.Category == ComplaintCategory.Corruption)
        {
            return new Handlers(await people.IntegrityOfficersAsync(cancellationToken), UnitHasNobody: false);
        }

        var linked = await db.People.AsNoTracking().Where(p => p.RevokedAt == null && p.LineUserId != null).ToListAsync(cancellationToken);
        var unit = linked.Where(p => p.Units.Contains(complaint.Unit)).ToList();
        return unit.Count > 0
            ? new Handlers(unit, UnitHasNobody: false)
            : new Handlers([.. linked.Where(p => p.Role is Role.Manager or Role.Admin)], UnitHasNobody: true);
    }

    private async Task<bool> MaySeeAsync(Member viewer, Complaint complaint, CancellationToken cancellationToken) =>
        complaint.FilerKey == await keys.KeyOfAsync(viewer.UserId, cancellationToken) || await MayHandleAsync(viewer, complaint, cancellationToken);

    /// <summary>Corruption reports: the integrity officers alone. Others: staff of the unit, and managers.</summary>
    private static bool MayHandle(Member handler, Complaint complaint, bool isIntegrityOfficer) =>
        complaint.Category == ComplaintCategory.Corruption
            ? isIntegrityOfficer
            : handler.ActsForWholeOrganization || (handler.Role == Role.Staff && handler.Units.Contains(complaint.Unit));

    private async Task<bool> IsIntegrityOfficerAsync(Member member, CancellationToken cancellationToken) =>
        member.PersonId is int id && (await people.IntegrityOfficersAsync(cancellationToken)).Any(p => p.Id == id);
}

/// <summary>A complaint just rated, and the rating it had before (its filer may change their mind), if any.</summary>
public sealed record Rated(Complaint Complaint, int? Previous);

/// <summary>Who a new complaint goes to; <paramref name="UnitHasNobody"/> when its unit has nobody linked and the managers stand in.</summary>
public sealed record Handlers(IReadOnlyList<Person> People, bool UnitHasNobody);
