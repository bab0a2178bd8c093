// The LINE Node SDK's documented echo bot: its signature middleware, then one replyMessage per text event, answering
// the webhook once the replies are done. It keeps nothing. The benchmark starts it against its fake LINE API:
//   node echo.js PORT CHANNEL_SECRET LINE_API_URL
const line = require("@line/bot-sdk");
const express = require("express");

const [port, channelSecret, baseURL] = process.argv.slice(2);
const client = new line.messagingApi.MessagingApiClient({ channelAccessToken: "benchmark-token", baseURL });
const app = express();

app.post("/callback", line.middleware({ channelSecret }), (req, res) => {
  Promise.all(req.body.events.map(handleEvent))
    .then((result) => res.json(result))
    .catch((err) => {
      console.error(err);
      res.status(500).end();
    });
});

function handleEvent(event) {
  if (event.type !== "message" || event.message.type !== "text") {
    return Promise.resolve(null);
  }

  return client.replyMessage({ replyToken: event.replyToken, messages: [{ type: "text", text: event.message.text }] });
}

const server = app.listen(Number(port), "127.0.0.1", () => console.log(`listening on ${server.address().port}`));
