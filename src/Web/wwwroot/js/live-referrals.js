// REF-13 pushed, not polled: joins the referral hub (SignalR's JSON protocol over a WebSocket, no library needed) with
// the page's watch token, and when a referral the page shows changes, reads the page again and swaps its <main> in
// place — no reload, the scroll position kept. A dropped connection reconnects, and reads the page once more in case
// a change was missed meanwhile.
(() => {
  const watch = document.querySelector("[data-live-referrals]");
  if (!watch || !("WebSocket" in window)) return;
  const separator = "\u001e";
  let delay = 1000;
  let ping;

  const refresh = async () => {
    const response = await fetch(location.href, { credentials: "same-origin", headers: { "X-Requested-With": "live-referrals" } });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("main");
    const main = document.querySelector("main");
    if (next && main) main.replaceChildren(...next.childNodes);
  };

  // Read again when the page shows the referral in another status, or, on a list, when it is not shown (it may belong
  // on it now). A page that already shows the new status — the reviewer's own, after the decision — keeps what it says.
  const stale = (number, status) => {
    const shown = [...document.querySelectorAll(`[data-referral-number="${CSS.escape(number)}"][data-referral-status]`)];
    return shown.length > 0 ? shown.some((badge) => badge.dataset.referralStatus !== status) : watch.hasAttribute("data-live-list");
  };

  const connect = (reconnecting) => {
    const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${watch.dataset.liveHub}`);
    socket.onopen = () => {
      socket.send(JSON.stringify({ protocol: "json", version: 1 }) + separator);
      socket.send(JSON.stringify({ type: 1, invocationId: "watch", target: "Watch", arguments: [watch.dataset.liveReferrals] }) + separator);
      ping = setInterval(() => socket.send(JSON.stringify({ type: 6 }) + separator), 15000);
      delay = 1000;
      if (reconnecting) refresh();
    };
    socket.onmessage = (event) => {
      for (const frame of String(event.data).split(separator)) {
        if (!frame) continue;
        const message = JSON.parse(frame);
        if (message.type === 1 && message.target === "referralChanged" && stale(message.arguments[0], message.arguments[1])) {
          refresh();
        } else if (message.type === 3 && message.invocationId === "watch") {
          // Joined (the groups the token names): from here on no change is missed.
          document.documentElement.dataset.liveReferrals = message.result > 0 ? "joined" : "refused";
        } else if (message.type === 7) {
          socket.close();
        }
      }
    };
    socket.onclose = () => {
      clearInterval(ping);
      delete document.documentElement.dataset.liveReferrals;
      setTimeout(() => connect(true), delay);
      delay = Math.min(delay * 2, 15000);
    };
  };

  connect(false);
})();
