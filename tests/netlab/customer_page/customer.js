"use strict";
// Query: hub (ws URL), token, offer=1 (the customer calls instead of waiting to be called).
const params = new URLSearchParams(location.search);
const state = window.callState = {
  phase: "starting", conversation: null, pcState: null, iceState: null, framesDecoded: 0,
  framesEncoded: 0, audioReceived: 0, localType: null, remoteType: null, endReason: null,
  error: null, offersSent: 0, offersReceived: 0, ufrag: null,
};
const pending = {};
let ws, pc, stream, seq = 0, makingOffer = false;
let early = [];  // signals that came before our connection was set up: handled in order after

// The hub's current protocol (hub_protocol.frames.PROTOCOL_VERSION): a protocol 1 client is
// never sent frames added since, rtc.ice.servers among them.
function send(frame) { ws.send(JSON.stringify(Object.assign({v: 2}, frame))); }
function request(frame) {
  const id = "page-" + (++seq);
  return new Promise((resolve, reject) => { pending[id] = {resolve, reject}; send(Object.assign({id}, frame)); });
}
function signal(kind, payload) {
  send({type: "rtc.signal", conversation_id: state.conversation, kind, payload});
}

function onFrame(frame) {
  const ref = frame.type === "ack" || frame.type === "error" ? frame.ref : frame.id;
  if (ref && pending[ref]) {
    const p = pending[ref]; delete pending[ref];
    if (frame.type === "error") p.reject(new Error(frame.code + ": " + frame.message)); else p.resolve(frame);
    return;
  }
  if (frame.type === "conversation.state" && frame.conversation_id === state.conversation && frame.state === "active") {
    if (state.phase === "queued") { state.phase = "active"; startCall().catch(fail); }
  } else if (frame.type === "rtc.signal" && frame.conversation_id === state.conversation) {
    if (early) early.push(frame); else onSignal(frame.kind, frame.payload || {}).catch(fail);
  }
}

function fail(err) { state.error = String(err && err.stack || err); console.error(err); }

async function startCall() {
  const ice = await request({type: "rtc.ice.request", conversation_id: state.conversation});
  stream = await navigator.mediaDevices.getUserMedia({audio: true, video: {width: 320, height: 240}});
  pc = new RTCPeerConnection({iceServers: ice.ice_servers});
  pc.onicecandidate = ({candidate}) => {
    // Trickle ICE; an empty candidate ends the list.
    signal("ice", candidate ? candidate.toJSON() : {candidate: "", sdpMid: "0", sdpMLineIndex: 0});
  };
  pc.onnegotiationneeded = async () => {
    try {
      makingOffer = true;
      await pc.setLocalDescription();
      state.offersSent++;
      signal("offer", {type: pc.localDescription.type, sdp: pc.localDescription.sdp});
    } catch (err) { fail(err); } finally { makingOffer = false; }
  };
  pc.ontrack = ({track, streams}) => {
    if (track.kind === "video") document.getElementById("remote").srcObject = streams[0] || new MediaStream([track]);
  };
  pc.onconnectionstatechange = () => { state.pcState = pc.connectionState; };
  pc.oniceconnectionstatechange = () => { state.iceState = pc.iceConnectionState; };
  if (params.get("offer") === "1") {
    for (const track of stream.getTracks()) pc.addTrack(track, stream);  // negotiationneeded: we offer
  }
  state.phase = "in-call";
  const waiting = early; early = null;
  for (const frame of waiting) await onSignal(frame.kind, frame.payload || {});
  setInterval(() => poll().catch(fail), 500);
}

async function onSignal(kind, payload) {
  if (kind === "offer" || kind === "answer") {
    // We are the polite side of perfect negotiation: on a collision our own offer
    // is rolled back implicitly by setRemoteDescription and theirs answered.
    if (kind === "offer") state.offersReceived++;
    await pc.setRemoteDescription(payload);
    if (kind === "offer") {
      if (pc.getSenders().every(s => !s.track)) {
        for (const track of stream.getTracks()) pc.addTrack(track, stream);
      }
      await pc.setLocalDescription();
      signal("answer", {type: pc.localDescription.type, sdp: pc.localDescription.sdp});
    }
  } else if (kind === "ice") {
    try {
      await pc.addIceCandidate(payload.candidate ? payload : {candidate: "", sdpMid: payload.sdpMid, sdpMLineIndex: payload.sdpMLineIndex});
    } catch (err) { console.warn("candidate", err); }
  } else if (kind === "bye") {
    state.endReason = payload.reason || "hangup";
    end();
  }
}

async function poll() {
  if (!pc || pc.connectionState === "closed") return;
  const stats = await pc.getStats();
  let pairId = null;
  stats.forEach(s => {
    if (s.type === "inbound-rtp" && s.kind === "video") state.framesDecoded = s.framesDecoded || 0;
    if (s.type === "inbound-rtp" && s.kind === "audio") state.audioReceived = s.packetsReceived || 0;
    if (s.type === "outbound-rtp" && s.kind === "video") state.framesEncoded = s.framesEncoded || 0;
    if (s.type === "transport") pairId = s.selectedCandidatePairId;
  });
  if (pairId) {
    const pair = stats.get(pairId);
    state.localType = stats.get(pair.localCandidateId).candidateType;
    state.remoteType = stats.get(pair.remoteCandidateId).candidateType;
  }
  const remote = pc.currentRemoteDescription;
  const m = remote && /a=ice-ufrag:(\S+)/.exec(remote.sdp);
  state.ufrag = m ? m[1] : null;
}

function end() {
  if (pc) pc.close();
  if (stream) stream.getTracks().forEach(t => t.stop());
  state.phase = "ended";
}

window.hangUp = () => { signal("bye", {reason: "hangup"}); state.endReason = "local"; end(); };
window.restartIce = () => { pc.restartIce(); };

(async () => {
  ws = new WebSocket(params.get("hub"));
  ws.onmessage = ev => { try { onFrame(JSON.parse(ev.data)); } catch (err) { fail(err); } };
  ws.onerror = () => fail("websocket error");
  await new Promise(resolve => { ws.onopen = resolve; });
  const first = new Promise(resolve => {
    const handler = ev => { ws.removeEventListener("message", handler); resolve(JSON.parse(ev.data)); };
    ws.addEventListener("message", handler);
  });
  send({type: "hello", token: params.get("token")});
  const welcome = await first;
  if (welcome.type !== "welcome") throw new Error("not welcome: " + JSON.stringify(welcome));
  const started = await request({type: "chat.start", channel: "video", language: "fi"});
  state.conversation = started.conversation_id;
  state.phase = "queued";
  await request({type: "handoff.request", conversation_id: state.conversation, precheck: {passed: true}});
})().catch(fail);
