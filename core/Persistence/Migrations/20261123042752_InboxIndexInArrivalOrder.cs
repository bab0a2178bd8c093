using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItaBot.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InboxIndexInArrivalOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxEvents_Status_ChatId_Timestamp",
                table: "InboxEvents");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEvents_Status_Id_ChatId_Timestamp",
                table: "InboxEvents",
                columns: new[] { "Status", "Id", "ChatId", "Timestamp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxEvents_Status_Id_ChatId_Timestamp",
                table: "InboxEvents");

            migrationBuilder.CreateIndex(
                name: "IX_InboxEvents_Status_ChatId_Timestamp",
                table: "InboxEvents",
                columns: new[] { "Status", "ChatId", "Timestamp" });
        }
    }
}
