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

  const refresh = async (reason) => {
    const response = await fetch(location.href, { credentials: "same-origin", headers: { "X-Requested-With": "live-referrals" } });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("main");
    const main = document.querySelector("main");
    if (next && main) main.replaceChildren(...next.childNodes);
    console.debug("referral-live", reason);
  };

  // A list reads itself again on any change of its scope (a new referral may belong on it); a page, on its own referrals'.
  const shown = (number) => watch.hasAttribute("data-live-list") || document.querySelector(`[data-referral-number="${CSS.escape(number)}"]`);

  const connect = (reconnecting) => {
    const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${watch.dataset.liveHub}`);
    socket.onopen = () => {
      socket.send(JSON.stringify({ protocol: "json", version: 1 }) + separator);
      socket.send(JSON.stringify({ type: 1, target: "Watch", arguments: [watch.dataset.liveReferrals] }) + separator);
      ping = setInterval(() => socket.send(JSON.stringify({ type: 6 }) + separator), 15000);
      delay = 1000;
      if (reconnecting) refresh("reconnected");
    };
    socket.onmessage = (event) => {
      for (const frame of String(event.data).split(separator)) {
        if (!frame) continue;
        const message = JSON.parse(frame);
        if (message.type === 1 && message.target === "referralChanged" && shown(message.arguments[0])) {
          refresh(`${message.arguments[0]} ${message.arguments[1]}`);
        } else if (message.type === 7) {
          socket.close();
        }
      }
    };
    socket.onclose = () => {
      clearInterval(ping);
      setTimeout(() => connect(true), delay);
      delay = Math.min(delay * 2, 15000);
    };
  };

  connect(false);
})();
