"""The notes' code that the 確認テスト points into, as the notes write it (comments included).

Only whitespace is normalised; where the notes' code itself is wrong (the three-layer forward()
printing z1 twice) it is kept as written and the question's correction says so.
"""

SECTION1 = """\
# 重み
W = np.array([
    [0.1, 0.2, 0.3],
    [0.2, 0.3, 0.4],
    [0.3, 0.4, 0.5],
    [0.4, 0.5, 0.6]
])
# バイアス
b = np.array([0.1, 0.2, 0.3])
# 入力値
x = np.array([1.0, 5.0, 2.0, -1.0])
# 総入力
u = np.dot(x, W) + b
# 中間層出力
z = functions.sigmoid(u)
"""

FORWARD3 = """\
def forward(network, x):
    W1, W2, W3 = network['W1'], network['W2'], network['W3']
    b1, b2, b3 = network['b1'], network['b2'], network['b3']
    u1 = np.dot(x, W1) + b1      # 1層の総入力
    z1 = functions.relu(u1)      # 1層の総出力
    u2 = np.dot(z1, W2) + b2     # 2層の総入力
    z2 = functions.relu(u2)      # 2層の総出力
    u3 = np.dot(z2, W3) + b3     # 出力層の総入力
    y = u3                       # 出力層の総出力
    print_vec("総入力1", u1)
    print_vec("中間層出力1", z1)
    print_vec("総入力2", u2)
    print_vec("出力1", z1)
    print("出力合計: " + str(np.sum(z1)))
    return y, z1, z2
"""

STEP = """\
def step(x):
    return np.where(x > 0, 1, 0)
"""

SOFTMAX = """\
def softmax(x):
    if x.ndim == 2:
        x = x.T
        x = x - np.max(x, axis=0)  # オーバーフロー対策
        y = np.exp(x) / np.sum(np.exp(x), axis=0)
        return y.T
    x = x - np.max(x)  # オーバーフロー対策
    return np.exp(x) / np.sum(np.exp(x))
"""

CROSS_ENTROPY = """\
def cross_entropy_error(d, y):
    if y.ndim == 1:
        d = d.reshape(1, d.size)
        y = y.reshape(1, y.size)
    # 教師データがone-hot-vectorの場合、正解ラベルのインデックスに変換
    if d.size == y.size:
        d = d.argmax(axis=1)
    batch_size = y.shape[0]
    # + 1e-7は0にならないようにしている
    return -np.sum(np.log(y[np.arange(batch_size), d] + 1e-7)) / batch_size
"""

SGD_LOOP = """\
learning_rate = 0.07  # 学習率
epoch = 1000          # 抽出数
network = init_network()
random_datasets = np.random.choice(data_sets, epoch)
for dataset in random_datasets:
    x, d = dataset['x'], dataset['d']
    z1, y = forward(network, x)
    grad = backward(x, d, z1, y)
    for key in ('W1', 'W2', 'b1', 'b2'):
        network[key] -= learning_rate * grad[key]
    loss = functions.mean_squared_error(d, y)
    losses.append(loss)
"""

BACKWARD = """\
def backward(x, d, z1, y):
    grad = {}
    W1, W2 = network['W1'], network['W2']
    b1, b2 = network['b1'], network['b2']
    # 出力層でのデルタ
    delta2 = functions.d_mean_squared_error(d, y)
    # b2の勾配
    grad['b2'] = np.sum(delta2, axis=0)
    # W2の勾配
    grad['W2'] = np.dot(z1.T, delta2)
    # 中間層でのデルタ
    delta1 = np.dot(delta2, W2.T) * functions.d_relu(z1)
    delta1 = delta1[np.newaxis, :]
    # b1の勾配
    grad['b1'] = np.sum(delta1, axis=0)
    x = x[np.newaxis, :]
    # W1の勾配
    grad['W1'] = np.dot(x.T, delta1)
    return grad
"""

BATCH = """\
x, t = get_data()
network = init_network()
batch_size = 100  # バッチの数
accuracy_cnt = 0
for i in range(0, len(x), batch_size):
    x_batch = x[i:i+batch_size]
    y_batch = predict(network, x_batch)
    p = np.argmax(y_batch, axis=1)
    accuracy_cnt += np.sum(p == t[i:i+batch_size])
"""

TRAIN = """\
iters_num = 10000
train_size = x_train.shape[0]
batch_size = 100
learning_rate = 0.1
iter_per_epoch = max(train_size / batch_size, 1)
for i in range(iters_num):
    batch_mask = np.random.choice(train_size, batch_size)
    x_batch = x_train[batch_mask]
    t_batch = t_train[batch_mask]
    grad = network.gradient(x_batch, t_batch)
    for key in ('W1', 'b1', 'W2', 'b2'):
        network.params[key] -= learning_rate * grad[key]
"""
